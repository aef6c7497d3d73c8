/**
 * Two instances on one database, each with its own cache: a change one stores reaches the other
 * as a note (apply), and when a note is late the compare-and-set on `seq` catches it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDeck, removeDir } from '../../../../tests/support/live';
import { createSqliteStore } from '../store/sqlite/store';
import type { Store } from '../store/types';
import { submitAnswer } from './answers';
import { SessionService, type SessionChange } from './service';
import { answersOf } from './session';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two services on one SQLite file, as two instances on one database. */
function twoInstances() {
	const dir = mkdtempSync(join(tmpdir(), 'forsta-service-'));
	const stores: Store[] = [0, 1].map(() => createSqliteStore(join(dir, 'forsta.sqlite')));
	cleanups.push(async () => {
		for (const store of stores) await store.close();
		removeDir(dir);
	});
	const [a, b] = stores.map((store) => new SessionService(store)) as [SessionService, SessionService];
	const told: SessionChange[] = [];
	a.onChange((change) => told.push(change));
	return { a, b, told };
}

describe('SessionService across instances', () => {
	it('tells its listeners every stored change: the new state, changed answers, a deletion', async () => {
		const { a, told } = twoInstances();
		const { session } = await a.create(fixtureDeck());
		const id = session.record.id;
		await a.run(session, { type: 'slide:next' });
		await a.run(session, { type: 'question:open', questionId: 'smerte' });
		await submitAnswer(a, session, 'phone-1', { questionId: 'smerte', answerId: 'x1', value: 4 });
		await a.deleteSession(id);
		expect(told.map((c) => c.kind)).toEqual(['state', 'state', 'answers', 'deleted']);
		expect(told[1]).toMatchObject({ sessionId: id, kind: 'state', state: { seq: 3 } });
	});

	it("applies another instance's notes: a newer state, answers read again at the next use, a deletion", async () => {
		const { a, b } = twoInstances();
		const { session } = await a.create(fixtureDeck());
		const id = session.record.id;
		const seen = (await b.get(id))!;
		expect(answersOf(seen)).toEqual([]);

		await a.run(session, { type: 'slide:next' });
		b.apply({ sessionId: id, kind: 'state', state: session.record.state });
		expect(seen.record.state.slideIndex).toBe(0);
		// An older note (they may cross) never winds the state back.
		b.apply({ sessionId: id, kind: 'state', state: { ...session.record.state, seq: 1 } });
		expect(seen.record.state.seq).toBe(2);

		await a.run(session, { type: 'question:open', questionId: 'smerte' });
		b.apply({ sessionId: id, kind: 'state', state: session.record.state });
		await submitAnswer(a, session, 'phone-1', { questionId: 'smerte', answerId: 'x1', value: 4 });
		expect(answersOf((await b.get(id))!)).toEqual([]);
		b.apply({ sessionId: id, kind: 'answers' });
		const reread = (await b.get(id))!;
		expect(reread).toBe(seen);
		expect(answersOf(reread).map((x) => x.answerId)).toEqual(['x1']);
		expect(reread.participants.has('phone-1')).toBe(true);

		b.apply({ sessionId: id, kind: 'deleted' });
		expect(b.cached(id)).toBeUndefined();
	});

	it('judges a command once more against the stored state when a note was late, then refuses no one', async () => {
		const { a, b } = twoInstances();
		const { session } = await a.create(fixtureDeck());
		const stale = (await b.get(session.record.id))!;
		await a.run(session, { type: 'slide:next' });
		// b never heard of it: its compare-and-set fails, it reads the state, and runs the command.
		const result = await b.run(stale, { type: 'slide:next' });
		expect(result).toMatchObject({ ok: true, state: { seq: 3, slideIndex: 1 } });
		expect((await a.fresh(session.record.id))!.record.state).toMatchObject({
			seq: 3,
			slideIndex: 1
		});
	});

	it('keeps its cached answers current through its own writes, so views need no reads', async () => {
		const { a } = twoInstances();
		const { session } = await a.create(fixtureDeck());
		await a.run(session, { type: 'slide:next' });
		await a.run(session, { type: 'question:open', questionId: 'smerte' });
		await submitAnswer(a, session, 'p1', { questionId: 'smerte', answerId: 'x1', value: 4 });
		await submitAnswer(a, session, 'p2', { questionId: 'smerte', answerId: 'x2', value: 5 });
		await submitAnswer(a, session, 'p1', { questionId: 'smerte', answerId: 'x3', value: 6 });
		expect(answersOf(session).map((x) => x.answerId)).toEqual(['x2', 'x3']);
		const stored = await a.store.listAnswers(session.record.id);
		expect(answersOf(session)).toEqual(stored);
		await a.run(session, { type: 'question:reset', questionId: 'smerte' });
		expect(answersOf(session)).toEqual([]);
	});

	it('judges an answer again against the stored state when the note that closed the question is late', async () => {
		const { a, b } = twoInstances();
		const { session } = await a.create(fixtureDeck());
		await a.run(session, { type: 'slide:next' });
		await a.run(session, { type: 'question:open', questionId: 'smerte' });
		const late = (await b.get(session.record.id))!;
		expect(late.record.state.questions.smerte).toBe('open');
		// a closes the question; b has not heard of it when a phone's answer reaches it.
		await a.run(session, { type: 'question:close', questionId: 'smerte' });
		const outcome = await submitAnswer(b, late, 'p1', {
			questionId: 'smerte',
			answerId: 'too-late',
			value: 4
		});
		expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
		expect(await a.store.listAnswers(session.record.id)).toEqual([]);
		expect(late.record.state.questions.smerte).toBe('closed');

		// Moved on but still open (a new slide): judged again and stored, not refused.
		await a.run(session, { type: 'question:open', questionId: 'smerte' });
		await b.fresh(session.record.id);
		await a.run(session, { type: 'slide:next' });
		const kept = await submitAnswer(b, late, 'p1', {
			questionId: 'smerte',
			answerId: 'in-time',
			value: 5
		});
		expect(kept).toMatchObject({ ok: true, duplicate: false });
		expect((await a.store.listAnswers(session.record.id)).map((x) => x.answerId)).toEqual([
			'in-time'
		]);
	});
});
