/** The store contract: sessions and their participants. */
import { beforeEach, describe, expect, it } from 'vitest';
import { initialState } from '../../../live/machine';
import type { Contract } from '.';
import { answer, live, person, session } from './records';

export function sessionsContract(c: Contract): void {
	describe('sessions', () => {
		it('gives back a session as it was stored, the deck text byte for byte', async () => {
			const s = session('sess-a', { state: live(3, { shown: [0] }), createdAt: 7 });
			await c.store.createSession(s);
			expect(await c.store.getSession('sess-a')).toEqual(s);
			expect(await c.store.getSession('no-such')).toBeUndefined();
		});

		it('finds a code’s live session before its ended ones, and else the latest ended one', async () => {
			const ended = { ...initialState(), phase: 'ended' as const };
			await c.store.createSession(
				session('old', { joinCode: '123456', state: ended, createdAt: 1 })
			);
			await c.store.createSession(
				session('new', { joinCode: '123456', state: ended, createdAt: 2 })
			);
			expect((await c.store.findSessionByCode('123456'))?.id).toBe('new');
			await c.store.createSession(session('now', { joinCode: '123456', createdAt: 0 }));
			expect((await c.store.findSessionByCode('123456'))?.id).toBe('now');
			expect(await c.store.findSessionByCode('654321')).toBeUndefined();
		});

		it('refuses a second live session with the same code', async () => {
			await c.store.createSession(session('first', { joinCode: '111111' }));
			await expect(
				c.store.createSession(session('second', { joinCode: '111111' }))
			).rejects.toThrow();
			expect(await c.store.getSession('second')).toBeUndefined();
		});

		it('saves a state only over the sequence number it was made from', async () => {
			await c.store.createSession(session('cas'));
			expect(await c.store.saveState('cas', live(2), 1)).toBe(true);
			expect(await c.store.saveState('cas', live(3, { slideIndex: 9 }), 1)).toBe(false);
			expect((await c.store.getSession('cas'))?.state).toEqual(live(2));
			expect(await c.store.saveState('cas', live(3), 2)).toBe(true);
			expect(await c.store.saveState('no-such', live(2), 1)).toBe(false);
		});

		it('lets exactly one of two instances win a race from the same sequence number', async () => {
			await c.store.createSession(session('race'));
			const other = await c.another();
			const results = await Promise.all([
				c.store.saveState('race', live(2, { slideIndex: 1 }), 1),
				other.saveState('race', live(2, { slideIndex: 2 }), 1)
			]);
			expect(results.filter(Boolean)).toHaveLength(1);
			const winner = results[0] ? 1 : 2;
			expect((await other.getSession('race'))?.state.slideIndex).toBe(winner);
		});

		it('lists every session newest first with its participant count and no keys or deck', async () => {
			await c.store.createSession(session('one', { createdAt: 1 }));
			await c.store.createSession(session('two', { createdAt: 2 }));
			await c.store.upsertParticipant(person('one', 'p1'));
			await c.store.upsertParticipant(person('one', 'p2'));
			const list = await c.store.listSessions();
			expect(list.map((s) => [s.id, s.participants])).toEqual([
				['two', 0],
				['one', 2]
			]);
			expect(list[1]).toEqual({
				id: 'one',
				joinCode: session('one').joinCode,
				deckId: 'fixture',
				variant: 'PIXI',
				createdAt: 1,
				state: initialState(),
				courseId: null,
				participants: 2
			});
		});
	});

	describe('participants', () => {
		beforeEach(() => c.store.createSession(session('room')));

		it('updates a nickname on upsert, keeps it on ensure, and lists them in joining order', async () => {
			await c.store.upsertParticipant(person('room', 'b', 2, 'Bent'));
			await c.store.upsertParticipant(person('room', 'a', 1, 'Anna'));
			await c.store.upsertParticipant(person('room', 'b', 5, 'Bo'));
			await c.store.ensureParticipant(person('room', 'a', 9, 'Andet'));
			await c.store.ensureParticipant(person('room', 'c', 3, 'Carl'));
			expect(await c.store.listParticipants('room')).toEqual([
				person('room', 'a', 1, 'Anna'),
				person('room', 'b', 2, 'Bo'),
				person('room', 'c', 3, 'Carl')
			]);
		});

		it('forgets one participant’s answers and place, and nobody else’s', async () => {
			await c.store.upsertParticipant(person('room', 'gone'));
			await c.store.upsertParticipant(person('room', 'stays'));
			await c.store.saveAnswer(answer('room', 'gone'));
			await c.store.saveAnswer(answer('room', 'stays'));
			await c.store.reentryCode('gone', () => 'CODE01');
			await c.store.forgetParticipant('room', 'gone');
			expect((await c.store.listParticipants('room')).map((p) => p.id)).toEqual(['stays']);
			expect((await c.store.listAnswers('room')).map((a) => a.participantId)).toEqual(['stays']);
			expect(await c.store.findParticipantByCode('CODE01')).toBeUndefined();
		});
	});
}
