/** The store contract: many answers in one transaction, and a phone's join in one. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerWrite } from '../types';
import type { Contract } from '.';
import { answer, live, person, session } from './records';

export function batchesContract(c: Contract): void {
	describe('answers in batches', () => {
		beforeEach(async () => {
			await c.store.createSession(session('room', { state: live(4) }));
			await c.store.createSession(session('hall', { state: live(9) }));
		});

		it('stores many phones’ answers at once, each with its own result, a stale one refused', async () => {
			await c.store.saveAnswer(answer('room', 'early', { answerId: 'sent-before' }));
			const phones = Array.from({ length: 60 }, (_, i) => `phone-${i}`);
			const writes: AnswerWrite[] = phones.map((p, i) => {
				const sessionId = i % 2 ? 'hall' : 'room';
				return {
					answer: answer(sessionId, p, { value: i % 11, answeredAt: 3_000 + i }),
					judgedAtSeq: sessionId === 'hall' ? 9 : 4,
					participant: person(sessionId, p, 3_000 + i, '')
				};
			});
			// Judged against a state the room has left; re-sent; for a session that does not exist.
			writes.splice(10, 0, {
				answer: answer('room', 'late', { answerId: 'late' }),
				judgedAtSeq: 3
			});
			writes.splice(20, 0, { answer: answer('room', 'early', { answerId: 'sent-before' }) });
			writes.splice(30, 0, { answer: answer('nowhere', 'lost') });

			const results = await c.store.saveAnswers(writes);

			expect(results).toHaveLength(writes.length);
			expect(results[10]).toEqual({
				status: 'fulfilled',
				value: { answer: writes[10]!.answer, duplicate: false, stale: true }
			});
			expect(results[20]).toMatchObject({ status: 'fulfilled', value: { duplicate: true } });
			expect(results[30]!.status).toBe('rejected');
			const fresh = results.filter((r, i) => ![10, 20, 30].includes(i));
			expect(fresh.every((r) => r.status === 'fulfilled' && !r.value.duplicate)).toBe(true);
			const stored = [
				...(await c.store.listAnswers('room')),
				...(await c.store.listAnswers('hall'))
			];
			expect(stored.map((a) => a.participantId).sort()).toEqual([...phones, 'early'].sort());
			expect(await c.store.hasParticipant('hall', 'phone-1')).toBe(true);
			expect(await c.store.hasParticipant('room', 'late')).toBe(false);
			expect(await c.count('answers')).toBe(61);
		});

		it('keeps the last of a phone’s answers in one batch, and reports its re-sent one as a duplicate', async () => {
			const first = answer('room', 'p', { answerId: 'one', value: 2 });
			const second = answer('room', 'p', { answerId: 'two', value: 7 });
			const results = await c.store.saveAnswers([
				{ answer: first, judgedAtSeq: 4 },
				{ answer: first, judgedAtSeq: 4 },
				{ answer: second, judgedAtSeq: 4 }
			]);
			expect(results.map((r) => r.status === 'fulfilled' && r.value.duplicate)).toEqual([
				false,
				true,
				false
			]);
			expect(await c.store.listAnswers('room')).toEqual([second]);
		});

		it('lets phones join with their re-entry codes in one go, each with its own result', async () => {
			let drawn = 0;
			const joined = await c.store.joinParticipants(
				[person('room', 'p', 5, 'Ane'), person('nowhere', 'x'), person('room', 'q', 6, 'Bo')],
				() => `CODE000${++drawn}`
			);
			expect(joined.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
			const code = joined[0]!.status === 'fulfilled' ? joined[0]!.value : '';
			expect(code).toMatch(/^CODE000/);
			expect(joined[2]).not.toEqual(joined[0]);
			expect(await c.store.hasParticipant('room', 'p')).toBe(true);
			expect(await c.store.hasParticipant('hall', 'p')).toBe(false);
			const again = await c.store.joinParticipants(
				[person('hall', 'p', 6, 'Ane')],
				() => 'OTHER001'
			);
			expect(again).toEqual([{ status: 'fulfilled', value: code }]);
			expect(await c.store.reentryCode('p', () => 'THIRD001')).toBe(code);
			expect((await c.store.listParticipants('room')).map((p) => p.nickname)).toEqual([
				'Ane',
				'Bo'
			]);
		});
	});
}
