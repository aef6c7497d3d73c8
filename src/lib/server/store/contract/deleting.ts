/** The store contract: courses, re-entry codes, and every way of deleting. */
import { describe, expect, it } from 'vitest';
import { fixtureDeck } from '../../../../../tests/support/live';
import { SessionService } from '../../sessions/service';
import type { Contract } from '.';
import { answer, DAY, live, person, session } from './records';

export function deletingContract(c: Contract): void {
	describe('courses and re-entry codes', () => {
		it('lists courses newest first and their sessions oldest first', async () => {
			await c.store.createCourse({ id: 'c1', name: 'Ryg, forår', createdAt: 1 });
			await c.store.createCourse({ id: 'c2', name: 'Knæ', createdAt: 2 });
			await c.store.createSession(session('late', { courseId: 'c1', createdAt: 20 }));
			await c.store.createSession(session('early', { courseId: 'c1', createdAt: 10 }));
			await c.store.createSession(session('loose', { createdAt: 15 }));
			expect((await c.store.listCourses()).map((c) => c.id)).toEqual(['c2', 'c1']);
			expect(await c.store.getCourse('c1')).toEqual({ id: 'c1', name: 'Ryg, forår', createdAt: 1 });
			expect(await c.store.getCourse('none')).toBeUndefined();
			const ids = (await c.store.listCourseSessions('c1')).map((s) => s.id);
			expect(ids).toEqual(['early', 'late']);
		});

		it('lists a participant’s sessions newest first', async () => {
			for (const [id, at] of [
				['s1', 1],
				['s2', 3],
				['s3', 2]
			] as const) {
				await c.store.createSession(session(id, { createdAt: at }));
				if (id !== 's3') await c.store.upsertParticipant(person(id, 'me'));
			}
			const mine = await c.store.listParticipantSessions('me');
			expect(mine.map((s) => s.id)).toEqual(['s2', 's1']);
			expect(mine[0]).toEqual(session('s2', { createdAt: 3 }));
		});

		it('makes a re-entry code once, skipping one already taken', async () => {
			await c.store.createSession(session('room'));
			await c.store.upsertParticipant(person('room', 'anna'));
			await c.store.upsertParticipant(person('room', 'bent'));
			expect(await c.store.reentryCode('anna', () => 'AAAA')).toBe('AAAA');
			const codes = ['AAAA', 'BBBB'];
			expect(await c.store.reentryCode('bent', () => codes.shift()!)).toBe('BBBB');
			expect(
				await c.store.reentryCode('anna', () => {
					throw new Error('made a second code');
				})
			).toBe('AAAA');
			expect(await c.store.findParticipantByCode('BBBB')).toBe('bent');
			expect(await c.store.findParticipantByCode('CCCC')).toBeUndefined();
		});
	});

	describe('deleting', () => {
		it('deletes a session with its participants, answers and orphaned codes', async () => {
			await c.store.createSession(session('gone'));
			await c.store.createSession(session('kept'));
			for (const room of ['gone', 'kept']) {
				await c.store.upsertParticipant(person(room, `${room}-p`));
				await c.store.saveAnswer(answer(room, `${room}-p`));
			}
			await c.store.reentryCode('gone-p', () => 'GONE');
			await c.store.reentryCode('kept-p', () => 'KEPT');
			expect(await c.store.deleteSession('gone')).toBe(true);
			expect(await c.store.deleteSession('gone')).toBe(false);
			expect(await c.store.getSession('gone')).toBeUndefined();
			expect(await c.count('participants')).toBe(1);
			expect(await c.count('answers')).toBe(1);
			expect(await c.store.findParticipantByCode('GONE')).toBeUndefined();
			expect(await c.store.findParticipantByCode('KEPT')).toBe('kept-p');
			expect(await c.store.listAnswers('kept')).toHaveLength(1);
		});

		it('keeps one copy of a deck version however many sessions run it', async () => {
			const sessions = new SessionService(c.store);
			const created = [];
			for (let i = 0; i < 50; i++) created.push(await sessions.create(fixtureDeck()));
			expect(await c.count('decks')).toBe(1);
			const again = await c.store.getSession(created[7]!.session.record.id);
			expect(JSON.parse(again!.deckJson)).toEqual(fixtureDeck());
			for (const c of created) await sessions.deleteSession(c.session.record.id);
			expect(await c.count('decks')).toBe(0);
		});

		it('deletes sessions by age, or only those never out of the lobby, and courses left empty', async () => {
			const now = 100 * DAY;
			await c.store.createCourse({ id: 'old-empty', name: 'a', createdAt: 1 });
			await c.store.createCourse({ id: 'old-used', name: 'b', createdAt: 1 });
			await c.store.createCourse({ id: 'new-empty', name: 'c', createdAt: now });
			await c.store.createSession(session('old-live', { state: live(2), createdAt: 1 }));
			await c.store.createSession(session('old-lobby', { createdAt: 2, courseId: 'old-empty' }));
			await c.store.createSession(session('new-lobby', { createdAt: now, courseId: 'old-used' }));
			await c.store.upsertParticipant(person('old-live', 'p'));
			await c.store.saveAnswer(answer('old-live', 'p'));
			await c.store.reentryCode('p', () => 'PPPP');

			expect(await c.store.deleteSessionsBefore(now - DAY, true)).toEqual(['old-lobby']);
			expect((await c.store.listCourses()).map((c) => c.id).sort()).toEqual([
				'new-empty',
				'old-empty',
				'old-used'
			]);
			expect((await c.store.deleteSessionsBefore(now - DAY)).sort()).toEqual(['old-live']);
			expect((await c.store.listSessions()).map((s) => s.id)).toEqual(['new-lobby']);
			expect((await c.store.listCourses()).map((c) => c.id).sort()).toEqual([
				'new-empty',
				'old-used'
			]);
			expect(await c.count('answers')).toBe(0);
			expect(await c.count('participants')).toBe(0);
			expect(await c.store.findParticipantByCode('PPPP')).toBeUndefined();
			expect(await c.store.deleteSessionsBefore(now - DAY)).toEqual([]);
		});

		it('purges without touching what is kept', async () => {
			await c.store.createSession(session('kept'));
			await c.store.saveAnswer(answer('kept', 'p'));
			await c.store.createSession(session('gone'));
			await c.store.saveAnswer(answer('gone', 'p'));
			await c.store.deleteSession('gone');
			await c.store.purge();
			expect(await c.count('answers')).toBe(1);
			expect(await c.store.listAnswers('kept')).toEqual([answer('kept', 'p')]);
		});
	});
}
