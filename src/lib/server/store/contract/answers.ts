/** The store contract: answers, also many at once from two instances. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../types';
import type { Contract } from '.';
import { answer, session } from './records';

export function answersContract(c: Contract): void {
	describe('answers', () => {
		beforeEach(() => c.store.createSession(session('room')));

		it('stores every shape of answer as given', async () => {
			const values: AnswerRecord['value'][] = [
				7,
				[1, 3],
				[2, null],
				'myth',
				'gå en tur hver dag — "mindst" 20 min',
				{ activity: 'cykle', rating: 4 }
			];
			for (const [i, value] of values.entries())
				await c.store.saveAnswer(
					answer('room', 'p', { questionId: `q${i}`, value, answerId: `a${i}`, answeredAt: i })
				);
			expect((await c.store.listAnswers('room')).map((a) => a.value)).toEqual(values);
			const text = answer('room', 'p', { questionId: 'goal', status: 'pending', flagged: true });
			await c.store.saveAnswer(text);
			expect(await c.store.getAnswer('room', 'goal', 'p')).toEqual(text);
			expect(await c.store.getAnswer('room', 'goal', 'nobody')).toBeUndefined();
		});

		it('writes an answer judged against a state only while that state is the stored one', async () => {
			const seq = (await c.store.getSession('room'))!.state.seq;
			const judged = answer('room', 'p', { answerId: 'judged' });
			expect(await c.store.saveAnswer(judged, seq + 1)).toEqual({
				answer: judged,
				duplicate: false,
				stale: true
			});
			expect(await c.store.listAnswers('room')).toEqual([]);
			expect(await c.store.saveAnswer(judged, seq)).toEqual({ answer: judged, duplicate: false });
			// A re-sent answer is a duplicate whatever the state has become since.
			expect(await c.store.saveAnswer(judged, seq + 5)).toEqual({
				answer: judged,
				duplicate: true
			});
			const changed = answer('room', 'p', { answerId: 'changed', value: 9 });
			expect(await c.store.saveAnswer(changed, seq + 5)).toMatchObject({ stale: true });
			expect(await c.store.listAnswers('room')).toEqual([judged]);
		});

		it('replaces an earlier answer, and reports a re-sent one as a duplicate that changes nothing', async () => {
			const first = answer('room', 'p', { answerId: 'one', value: 3 });
			expect(await c.store.saveAnswer(first)).toEqual({ answer: first, duplicate: false });
			const again = { ...first, value: 9, answeredAt: 9_999 };
			expect(await c.store.saveAnswer(again)).toEqual({ answer: first, duplicate: true });
			const second = answer('room', 'p', { answerId: 'two', value: 8 });
			expect(await c.store.saveAnswer(second)).toEqual({ answer: second, duplicate: false });
			expect(await c.store.listAnswers('room')).toEqual([second]);
		});

		it('lists one question’s answers in the order given, and deletes one question’s only', async () => {
			await c.store.saveAnswer(answer('room', 'late', { answeredAt: 30 }));
			await c.store.saveAnswer(answer('room', 'early', { answeredAt: 10 }));
			await c.store.saveAnswer(answer('room', 'p', { questionId: 'tiltro', answeredAt: 20 }));
			const ids = (list: AnswerRecord[]) => list.map((a) => a.participantId);
			expect(ids(await c.store.listAnswers('room', 'smerte'))).toEqual(['early', 'late']);
			expect(ids(await c.store.listAnswers('room'))).toEqual(['early', 'p', 'late']);
			await c.store.deleteAnswers('room', 'smerte');
			expect(ids(await c.store.listAnswers('room'))).toEqual(['p']);
		});

		it('moderates text answers only, by answer id', async () => {
			await c.store.saveAnswer(answer('room', 'p', { questionId: 'goal', status: 'pending' }));
			await c.store.saveAnswer(answer('room', 'q', { answerId: 'scale' }));
			expect(await c.store.setAnswerStatus('room', 'a-p', 'approved')).toBe(true);
			expect((await c.store.getAnswer('room', 'goal', 'p'))?.status).toBe('approved');
			expect(await c.store.setAnswerStatus('room', 'scale', 'hidden')).toBe(false);
			expect(await c.store.setAnswerStatus('room', 'no-such', 'hidden')).toBe(false);
			expect(await c.store.setAnswerStatus('other-room', 'a-p', 'hidden')).toBe(false);
		});

		it('keeps all of 200 answers sent at once from two instances, each re-sent once', async () => {
			const other = await c.another();
			const phones = Array.from({ length: 100 }, (_, i) => `phone-${i}`);
			const sends = phones.flatMap((p, i) => [
				c.store.saveAnswer(answer('room', p, { value: i % 11, answeredAt: i })),
				other.saveAnswer(answer('room', p, { value: i % 11, answeredAt: i }))
			]);
			const results = await Promise.all(sends);
			const stored = await c.store.listAnswers('room');
			const fresh = results.filter((r) => !r.duplicate).length;
			console.log(
				`answers sent at once ${results.length}, stored ${stored.length}, new ${fresh}, duplicates ${results.length - fresh}`
			);
			expect(results).toHaveLength(200);
			expect(fresh).toBe(100);
			expect(stored.map((a) => a.participantId).sort()).toEqual([...phones].sort());
			expect(stored.every((a, i) => a.value === i % 11)).toBe(true);
		});

		it('keeps all of 200 different answers sent at once through two instances', async () => {
			const stores = [c.store, await c.another()];
			const results = await Promise.all(
				Array.from({ length: 200 }, (_, i) =>
					stores[i % 2]!.saveAnswer(answer('room', `phone-${i}`, { answeredAt: i }))
				)
			);
			const stored = await c.store.listAnswers('room');
			console.log(`different answers sent at once ${results.length}, stored ${stored.length}`);
			expect(results.filter((r) => r.duplicate)).toEqual([]);
			expect(stored.map((a) => a.answeredAt)).toEqual(results.map((_, i) => i));
		});
	});
}
