/**
 * What every store must do, as one suite that store.sqlite.test.ts and store.pg.test.ts run
 * against their own database. A test file, kept here beside the interface it pins down.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDeck } from '../../../../tests/support/live';
import { initialState } from '../../live/machine';
import type { LiveState } from '../../live/types';
import { SessionService } from '../sessions/service';
import type { AnswerRecord, SessionRecord, Store } from './types';

export type StoreHarness = {
	/** A store on an empty database, for one test. */
	open(): Promise<Store>;
	/** Another store on the database `open` gave last: a second instance of the server. */
	another(): Promise<Store>;
	/** The rows a table holds, counted past the store. */
	count(table: string): Promise<number>;
};

const DAY = 86_400_000;

export function session(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
	return {
		id,
		joinCode: `${id.length}${id}`.slice(0, 6).padEnd(6, '0'),
		deckId: 'fixture',
		variant: 'PIXI',
		deckJson: JSON.stringify({ id: 'fixture', title: 'Testforløb', note: 'ø æ å — "ja"' }),
		presenterKeyHash: `p-${id}`,
		screenKeyHash: `s-${id}`,
		state: initialState(),
		createdAt: 1_000,
		courseId: null,
		...overrides
	};
}

export function answer(
	sessionId: string,
	participantId: string,
	overrides: Partial<AnswerRecord> = {}
): AnswerRecord {
	return {
		sessionId,
		questionId: 'smerte',
		participantId,
		answerId: `a-${participantId}`,
		value: 5,
		status: null,
		flagged: false,
		answeredAt: 2_000,
		...overrides
	};
}

const person = (sessionId: string, id: string, joinedAt = 1, nickname = id) => ({
	sessionId,
	id,
	nickname,
	joinedAt
});

const live = (seq: number, extra: Partial<LiveState> = {}): LiveState => ({
	...initialState(),
	phase: 'live',
	slideIndex: 0,
	seq,
	...extra
});

export function storeContract(harness: StoreHarness): void {
	let store: Store;
	const opened: Store[] = [];
	const another = async () => {
		const second = await harness.another();
		opened.push(second);
		return second;
	};
	beforeEach(async () => {
		store = await harness.open();
		opened.push(store);
	});
	afterEach(async () => {
		for (const s of opened.splice(0)) await s.close();
	});

	describe('sessions', () => {
		it('gives back a session as it was stored, the deck text byte for byte', async () => {
			const s = session('sess-a', { state: live(3, { shown: [0] }), createdAt: 7 });
			await store.createSession(s);
			expect(await store.getSession('sess-a')).toEqual(s);
			expect(await store.getSession('no-such')).toBeUndefined();
		});

		it('finds a code’s live session before its ended ones, and else the latest ended one', async () => {
			const ended = { ...initialState(), phase: 'ended' as const };
			await store.createSession(session('old', { joinCode: '123456', state: ended, createdAt: 1 }));
			await store.createSession(session('new', { joinCode: '123456', state: ended, createdAt: 2 }));
			expect((await store.findSessionByCode('123456'))?.id).toBe('new');
			await store.createSession(session('now', { joinCode: '123456', createdAt: 0 }));
			expect((await store.findSessionByCode('123456'))?.id).toBe('now');
			expect(await store.findSessionByCode('654321')).toBeUndefined();
		});

		it('refuses a second live session with the same code', async () => {
			await store.createSession(session('first', { joinCode: '111111' }));
			await expect(
				store.createSession(session('second', { joinCode: '111111' }))
			).rejects.toThrow();
			expect(await store.getSession('second')).toBeUndefined();
		});

		it('saves a state only over the sequence number it was made from', async () => {
			await store.createSession(session('cas'));
			expect(await store.saveState('cas', live(2), 1)).toBe(true);
			expect(await store.saveState('cas', live(3, { slideIndex: 9 }), 1)).toBe(false);
			expect((await store.getSession('cas'))?.state).toEqual(live(2));
			expect(await store.saveState('cas', live(3), 2)).toBe(true);
			expect(await store.saveState('no-such', live(2), 1)).toBe(false);
		});

		it('lets exactly one of two instances win a race from the same sequence number', async () => {
			await store.createSession(session('race'));
			const other = await another();
			const results = await Promise.all([
				store.saveState('race', live(2, { slideIndex: 1 }), 1),
				other.saveState('race', live(2, { slideIndex: 2 }), 1)
			]);
			expect(results.filter(Boolean)).toHaveLength(1);
			const winner = results[0] ? 1 : 2;
			expect((await other.getSession('race'))?.state.slideIndex).toBe(winner);
		});

		it('lists every session newest first with its participant count and no keys or deck', async () => {
			await store.createSession(session('one', { createdAt: 1 }));
			await store.createSession(session('two', { createdAt: 2 }));
			await store.upsertParticipant(person('one', 'p1'));
			await store.upsertParticipant(person('one', 'p2'));
			const list = await store.listSessions();
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
		beforeEach(() => store.createSession(session('room')));

		it('updates a nickname on upsert, keeps it on ensure, and lists them in joining order', async () => {
			await store.upsertParticipant(person('room', 'b', 2, 'Bent'));
			await store.upsertParticipant(person('room', 'a', 1, 'Anna'));
			await store.upsertParticipant(person('room', 'b', 5, 'Bo'));
			await store.ensureParticipant(person('room', 'a', 9, 'Andet'));
			await store.ensureParticipant(person('room', 'c', 3, 'Carl'));
			expect(await store.listParticipants('room')).toEqual([
				person('room', 'a', 1, 'Anna'),
				person('room', 'b', 2, 'Bo'),
				person('room', 'c', 3, 'Carl')
			]);
		});

		it('forgets one participant’s answers and place, and nobody else’s', async () => {
			await store.upsertParticipant(person('room', 'gone'));
			await store.upsertParticipant(person('room', 'stays'));
			await store.saveAnswer(answer('room', 'gone'));
			await store.saveAnswer(answer('room', 'stays'));
			await store.reentryCode('gone', () => 'CODE01');
			await store.forgetParticipant('room', 'gone');
			expect((await store.listParticipants('room')).map((p) => p.id)).toEqual(['stays']);
			expect((await store.listAnswers('room')).map((a) => a.participantId)).toEqual(['stays']);
			expect(await store.findParticipantByCode('CODE01')).toBeUndefined();
		});
	});

	describe('answers', () => {
		beforeEach(() => store.createSession(session('room')));

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
				await store.saveAnswer(
					answer('room', 'p', { questionId: `q${i}`, value, answerId: `a${i}`, answeredAt: i })
				);
			expect((await store.listAnswers('room')).map((a) => a.value)).toEqual(values);
			const text = answer('room', 'p', { questionId: 'goal', status: 'pending', flagged: true });
			await store.saveAnswer(text);
			expect(await store.getAnswer('room', 'goal', 'p')).toEqual(text);
			expect(await store.getAnswer('room', 'goal', 'nobody')).toBeUndefined();
		});

		it('replaces an earlier answer, and reports a re-sent one as a duplicate that changes nothing', async () => {
			const first = answer('room', 'p', { answerId: 'one', value: 3 });
			expect(await store.saveAnswer(first)).toEqual({ answer: first, duplicate: false });
			const again = { ...first, value: 9, answeredAt: 9_999 };
			expect(await store.saveAnswer(again)).toEqual({ answer: first, duplicate: true });
			const second = answer('room', 'p', { answerId: 'two', value: 8 });
			expect(await store.saveAnswer(second)).toEqual({ answer: second, duplicate: false });
			expect(await store.listAnswers('room')).toEqual([second]);
		});

		it('lists one question’s answers in the order given, and deletes one question’s only', async () => {
			await store.saveAnswer(answer('room', 'late', { answeredAt: 30 }));
			await store.saveAnswer(answer('room', 'early', { answeredAt: 10 }));
			await store.saveAnswer(answer('room', 'p', { questionId: 'tiltro', answeredAt: 20 }));
			const ids = (list: AnswerRecord[]) => list.map((a) => a.participantId);
			expect(ids(await store.listAnswers('room', 'smerte'))).toEqual(['early', 'late']);
			expect(ids(await store.listAnswers('room'))).toEqual(['early', 'p', 'late']);
			await store.deleteAnswers('room', 'smerte');
			expect(ids(await store.listAnswers('room'))).toEqual(['p']);
		});

		it('moderates text answers only, by answer id', async () => {
			await store.saveAnswer(answer('room', 'p', { questionId: 'goal', status: 'pending' }));
			await store.saveAnswer(answer('room', 'q', { answerId: 'scale' }));
			expect(await store.setAnswerStatus('room', 'a-p', 'approved')).toBe(true);
			expect((await store.getAnswer('room', 'goal', 'p'))?.status).toBe('approved');
			expect(await store.setAnswerStatus('room', 'scale', 'hidden')).toBe(false);
			expect(await store.setAnswerStatus('room', 'no-such', 'hidden')).toBe(false);
			expect(await store.setAnswerStatus('other-room', 'a-p', 'hidden')).toBe(false);
		});

		it('keeps all of 200 answers sent at once from two instances, each re-sent once', async () => {
			const other = await another();
			const phones = Array.from({ length: 100 }, (_, i) => `phone-${i}`);
			const sends = phones.flatMap((p, i) => [
				store.saveAnswer(answer('room', p, { value: i % 11, answeredAt: i })),
				other.saveAnswer(answer('room', p, { value: i % 11, answeredAt: i }))
			]);
			const results = await Promise.all(sends);
			expect(results).toHaveLength(200);
			expect(results.filter((r) => !r.duplicate)).toHaveLength(100);
			const stored = await store.listAnswers('room');
			expect(stored.map((a) => a.participantId).sort()).toEqual([...phones].sort());
			expect(stored.every((a, i) => a.value === i % 11)).toBe(true);
		});

		it('keeps all of 200 different answers sent at once', async () => {
			const results = await Promise.all(
				Array.from({ length: 200 }, (_, i) =>
					store.saveAnswer(answer('room', `phone-${i}`, { answeredAt: i }))
				)
			);
			expect(results.filter((r) => r.duplicate)).toEqual([]);
			expect(await store.listAnswers('room')).toHaveLength(200);
		});
	});

	describe('courses and re-entry codes', () => {
		it('lists courses newest first and their sessions oldest first', async () => {
			await store.createCourse({ id: 'c1', name: 'Ryg, forår', createdAt: 1 });
			await store.createCourse({ id: 'c2', name: 'Knæ', createdAt: 2 });
			await store.createSession(session('late', { courseId: 'c1', createdAt: 20 }));
			await store.createSession(session('early', { courseId: 'c1', createdAt: 10 }));
			await store.createSession(session('loose', { createdAt: 15 }));
			expect((await store.listCourses()).map((c) => c.id)).toEqual(['c2', 'c1']);
			expect(await store.getCourse('c1')).toEqual({ id: 'c1', name: 'Ryg, forår', createdAt: 1 });
			expect(await store.getCourse('none')).toBeUndefined();
			const ids = (await store.listCourseSessions('c1')).map((s) => s.id);
			expect(ids).toEqual(['early', 'late']);
		});

		it('lists a participant’s sessions newest first', async () => {
			for (const [id, at] of [
				['s1', 1],
				['s2', 3],
				['s3', 2]
			] as const) {
				await store.createSession(session(id, { createdAt: at }));
				if (id !== 's3') await store.upsertParticipant(person(id, 'me'));
			}
			const mine = await store.listParticipantSessions('me');
			expect(mine.map((s) => s.id)).toEqual(['s2', 's1']);
			expect(mine[0]).toEqual(session('s2', { createdAt: 3 }));
		});

		it('makes a re-entry code once, skipping one already taken', async () => {
			await store.createSession(session('room'));
			await store.upsertParticipant(person('room', 'anna'));
			await store.upsertParticipant(person('room', 'bent'));
			expect(await store.reentryCode('anna', () => 'AAAA')).toBe('AAAA');
			const codes = ['AAAA', 'BBBB'];
			expect(await store.reentryCode('bent', () => codes.shift()!)).toBe('BBBB');
			expect(
				await store.reentryCode('anna', () => {
					throw new Error('made a second code');
				})
			).toBe('AAAA');
			expect(await store.findParticipantByCode('BBBB')).toBe('bent');
			expect(await store.findParticipantByCode('CCCC')).toBeUndefined();
		});
	});

	describe('deleting', () => {
		it('deletes a session with its participants, answers and orphaned codes', async () => {
			await store.createSession(session('gone'));
			await store.createSession(session('kept'));
			for (const room of ['gone', 'kept']) {
				await store.upsertParticipant(person(room, `${room}-p`));
				await store.saveAnswer(answer(room, `${room}-p`));
			}
			await store.reentryCode('gone-p', () => 'GONE');
			await store.reentryCode('kept-p', () => 'KEPT');
			expect(await store.deleteSession('gone')).toBe(true);
			expect(await store.deleteSession('gone')).toBe(false);
			expect(await store.getSession('gone')).toBeUndefined();
			expect(await harness.count('participants')).toBe(1);
			expect(await harness.count('answers')).toBe(1);
			expect(await store.findParticipantByCode('GONE')).toBeUndefined();
			expect(await store.findParticipantByCode('KEPT')).toBe('kept-p');
			expect(await store.listAnswers('kept')).toHaveLength(1);
		});

		it('keeps one copy of a deck version however many sessions run it', async () => {
			const sessions = new SessionService(store);
			const created = [];
			for (let i = 0; i < 50; i++) created.push(await sessions.create(fixtureDeck()));
			expect(await harness.count('decks')).toBe(1);
			const again = await store.getSession(created[7]!.session.record.id);
			expect(JSON.parse(again!.deckJson)).toEqual(fixtureDeck());
			for (const c of created) await sessions.deleteSession(c.session.record.id);
			expect(await harness.count('decks')).toBe(0);
		});

		it('deletes sessions by age, or only those never out of the lobby, and courses left empty', async () => {
			const now = 100 * DAY;
			await store.createCourse({ id: 'old-empty', name: 'a', createdAt: 1 });
			await store.createCourse({ id: 'old-used', name: 'b', createdAt: 1 });
			await store.createCourse({ id: 'new-empty', name: 'c', createdAt: now });
			await store.createSession(session('old-live', { state: live(2), createdAt: 1 }));
			await store.createSession(session('old-lobby', { createdAt: 2, courseId: 'old-empty' }));
			await store.createSession(session('new-lobby', { createdAt: now, courseId: 'old-used' }));
			await store.upsertParticipant(person('old-live', 'p'));
			await store.saveAnswer(answer('old-live', 'p'));
			await store.reentryCode('p', () => 'PPPP');

			expect(await store.deleteSessionsBefore(now - DAY, true)).toEqual(['old-lobby']);
			expect((await store.listCourses()).map((c) => c.id).sort()).toEqual([
				'new-empty',
				'old-empty',
				'old-used'
			]);
			expect((await store.deleteSessionsBefore(now - DAY)).sort()).toEqual(['old-live']);
			expect((await store.listSessions()).map((s) => s.id)).toEqual(['new-lobby']);
			expect((await store.listCourses()).map((c) => c.id).sort()).toEqual([
				'new-empty',
				'old-used'
			]);
			expect(await harness.count('answers')).toBe(0);
			expect(await harness.count('participants')).toBe(0);
			expect(await store.findParticipantByCode('PPPP')).toBeUndefined();
			expect(await store.deleteSessionsBefore(now - DAY)).toEqual([]);
		});

		it('purges without touching what is kept', async () => {
			await store.createSession(session('kept'));
			await store.saveAnswer(answer('kept', 'p'));
			await store.createSession(session('gone'));
			await store.saveAnswer(answer('gone', 'p'));
			await store.deleteSession('gone');
			await store.purge();
			expect(await harness.count('answers')).toBe(1);
			expect(await store.listAnswers('kept')).toEqual([answer('kept', 'p')]);
		});
	});

	describe('presenter logins', () => {
		it('finds a login by its hash, and purges the expired and those of another password', async () => {
			const login = (tokenHash: string, passwordTag: string, expiresAt: number) => ({
				tokenHash,
				passwordTag,
				expiresAt
			});
			await store.saveLogin(login('t1', 'now', 100));
			await store.saveLogin(login('t2', 'now', 50));
			await store.saveLogin(login('t3', 'before', 100));
			expect(await store.findLogin('t1')).toEqual(login('t1', 'now', 100));
			expect(await store.findLogin('nope')).toBeUndefined();
			await store.purgeLogins(50, null);
			expect(await store.findLogin('t2')).toBeUndefined();
			expect(await store.findLogin('t3')).toBeDefined();
			await store.purgeLogins(50, 'now');
			expect(await store.findLogin('t3')).toBeUndefined();
			expect(await store.findLogin('t1')).toBeDefined();
		});
	});

	describe('ping and runExclusive', () => {
		it('answers a ping', async () => {
			await expect(store.ping()).resolves.toBeUndefined();
		});

		it('runs a task and gives its result, but not a second one of that name meanwhile', async () => {
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			let runs = 0;
			const first = store.runExclusive('retention', async () => {
				runs++;
				await held;
				return 'first';
			});
			await expect.poll(() => runs).toBe(1);
			expect(await store.runExclusive('retention', async () => runs++)).toBeUndefined();
			expect(await store.runExclusive('other', async () => 'other')).toBe('other');
			release();
			expect(await first).toBe('first');
			expect(await store.runExclusive('retention', async () => 'again')).toBe('again');
			expect(runs).toBe(1);
		});

		it('passes a task’s failure on and lets the name go', async () => {
			await expect(
				store.runExclusive('job', () => Promise.reject(new Error('failed')))
			).rejects.toThrow('failed');
			expect(await store.runExclusive('job', async () => 42)).toBe(42);
		});
	});
}
