/**
 * What the store is asked for when a class answers at once and when phones join: answers that
 * arrive together share one transaction, each ack only after the commit that holds its answer; a
 * new phone costs one write, and a handshake reads nothing the session cache already holds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveSession } from '../../src/lib/server/sessions/session';
import type { AnswerWrite, Store } from '../../src/lib/server/store/types';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	type Client,
	type TestServer
} from '../support/live';

let server: TestServer;
let session: LiveSession;

beforeEach(async () => {
	server = await startServer();
	({ session } = await server.sessions.create(fixtureDeck()));
	await server.sessions.run(session, { type: 'slide:next' });
	await server.sessions.run(session, { type: 'question:open', questionId: 'smerte' });
});

afterEach(async () => {
	vi.restoreAllMocks();
	await server.stop();
	removeDir(server.dir);
});

const phone = (participantId = newParticipantId()) =>
	connect(server, { role: 'participant', joinCode: session.record.joinCode, participantId });

/** The answer ids each `saveAnswers` call was given, and those committed so far. */
function watchBatches(store: Store) {
	const batches: string[][] = [];
	const committed = new Set<string>();
	const original = store.saveAnswers.bind(store);
	vi.spyOn(store, 'saveAnswers').mockImplementation(async (writes: AnswerWrite[]) => {
		batches.push(writes.map((w) => w.answer.answerId));
		const results = await original(writes);
		for (const w of writes) committed.add(w.answer.answerId);
		return results;
	});
	return { batches, committed };
}

describe('a class answering at once', () => {
	it('shares one transaction, and every phone’s ack comes after the commit holding its answer', async () => {
		const phones: Client[] = [];
		for (let i = 0; i < 30; i++) phones.push((await phone()).socket);
		const { batches, committed } = watchBatches(server.sessions.store);
		const early: string[] = [];

		const acks = await Promise.all(
			phones.map(async (socket, i) => {
				const answerId = `together-${i}`;
				const ack = await send(socket, 'answer:submit', {
					questionId: 'smerte',
					answerId,
					value: i % 11
				});
				if (!committed.has(answerId)) early.push(answerId);
				return ack;
			})
		);

		expect(acks.every((ack) => ack.ok)).toBe(true);
		expect(early).toEqual([]);
		expect(batches.flat().sort()).toEqual(phones.map((_, i) => `together-${i}`).sort());
		// Thirty answers sent in the same moment: a few commits, not thirty.
		expect(batches.length).toBeLessThanOrEqual(3);
		expect(await server.sessions.store.listAnswers(session.record.id)).toHaveLength(30);
	});

	it('holds the ack for as long as the commit is not done', async () => {
		const participantId = newParticipantId();
		const { socket } = await phone(participantId);
		const store = server.sessions.store;
		const original = store.saveAnswers.bind(store);
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked!: () => void;
		const reached = new Promise<void>((resolve) => (asked = resolve));
		vi.spyOn(store, 'saveAnswers').mockImplementation(async (writes) => {
			asked();
			await held;
			return original(writes);
		});
		let acked = false;
		const ack = send(socket, 'answer:submit', {
			questionId: 'smerte',
			answerId: 'held-answer',
			value: 3
		}).then((result) => ((acked = true), result));
		await reached;
		// The server answers another command meanwhile: the answer's ack still waits.
		expect((await send(socket, 'session:sync', {})).ok).toBe(true);
		expect(acked).toBe(false);
		expect(await store.getAnswer(session.record.id, 'smerte', participantId)).toBeUndefined();
		release();
		expect(await ack).toMatchObject({ ok: true });
		expect((await store.listAnswers(session.record.id)).map((a) => a.answerId)).toEqual([
			'held-answer'
		]);
	});

	it('gives each answer its own result: one refused, the rest stored in the same moment', async () => {
		const phones: Client[] = [];
		for (let i = 0; i < 5; i++) phones.push((await phone()).socket);
		watchBatches(server.sessions.store);
		const acks = await Promise.all(
			phones.map((socket, i) =>
				send(socket, 'answer:submit', {
					questionId: 'smerte',
					answerId: `mixed-answer-${i}`,
					// 0–10 only: the third phone's answer does not fit the question.
					value: i === 2 ? 99 : i
				})
			)
		);
		expect(acks.map((ack) => ack.ok)).toEqual([true, true, false, true, true]);
		expect(await server.sessions.store.listAnswers(session.record.id)).toHaveLength(4);
	});
});

/** Every store method called while `work` runs, in order. */
async function storeCalls(store: Store, work: () => Promise<unknown>): Promise<string[]> {
	const calls: string[] = [];
	for (const name of Object.keys(store) as (keyof Store)[]) {
		const method = store[name];
		if (typeof method !== 'function') continue;
		vi.spyOn(store, name).mockImplementation(((...args: unknown[]) => {
			calls.push(name);
			return (method as (...a: unknown[]) => unknown).apply(store, args);
		}) as Store[typeof name]);
	}
	await work();
	vi.restoreAllMocks();
	return calls;
}

describe('a phone joining', () => {
	it('costs one write when new, and a handshake reads nothing the cache holds', async () => {
		const store = server.sessions.store;
		const id = newParticipantId();
		const joined = await storeCalls(store, () => phone(id));
		expect(joined.filter((name) => name === 'joinParticipants')).toHaveLength(1);
		// Checked once, in one row, that it did not join through another instance a moment ago.
		expect(joined).toEqual(['hasParticipant', 'joinParticipants', 'reentryCode']);
		expect(await store.reentryCode(id, () => 'UNUSED')).not.toBe('UNUSED');

		server.clients.at(-1)!.disconnect();
		const back = await storeCalls(store, () => phone(id));
		// Back after a drop: only the snapshot's re-entry code, which it made on joining.
		expect(back).toEqual(['reentryCode']);
	});
});
