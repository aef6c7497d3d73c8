/**
 * Hostile input: guessed codes, floods, foreign pages and random payloads on every event. The
 * server must answer each with an error, keep what it stored, and keep serving everyone else.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { participantCommands, presenterCommands, sharedCommands } from '../../src/lib/protocol';
import { createLimits } from '../../src/lib/server/limits';
import { allTypesDeck } from '../support/allTypes';
import {
	connect,
	newParticipantId,
	removeDir,
	send,
	startServer,
	sync,
	type Client,
	type TestServer
} from '../support/live';

let server: TestServer;
afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

async function session() {
	const created = await server.sessions.create(allTypesDeck());
	const presenter = (
		await connect(server, {
			role: 'presenter',
			sessionId: created.session.record.id,
			presenterKey: created.presenterKey
		})
	).socket;
	return { ...created, joinCode: created.session.record.joinCode, presenter };
}

describe('guessing codes', () => {
	it('stops a client after its budget of wrong join codes, even for the right code', async () => {
		server = await startServer(undefined, Date.now, {
			limits: createLimits({
				budgets: { joinCode: { perWindow: 5, windowSeconds: 60, perDay: 50 } }
			})
		});
		const { joinCode, presenter } = await session();
		const wrong = joinCode === '123456' ? '654321' : '123456';
		// A right code in between costs nothing: only wrong ones count.
		for (let i = 0; i < 5; i++) {
			await connect(server, { role: 'participant', joinCode, participantId: newParticipantId() });
			await expect(
				connect(server, { role: 'participant', joinCode: wrong, participantId: newParticipantId() })
			).rejects.toMatchObject({ code: 'not_found' });
		}
		await expect(
			connect(server, { role: 'participant', joinCode, participantId: newParticipantId() })
		).rejects.toMatchObject({ code: 'rate_limited', data: { retryAfter: expect.any(Number) } });
		expect(presenter.connected).toBe(true);
	});
});

describe('flooding', () => {
	it('answers a socket that sends too fast with an error ack and keeps serving the others', async () => {
		server = await startServer();
		const { joinCode, presenter } = await session();
		const flooder = (
			await connect(server, { role: 'participant', joinCode, participantId: newParticipantId() })
		).socket;
		const acks = await Promise.all(
			Array.from({ length: 120 }, () => send(flooder, 'session:sync', {}))
		);
		const limited = acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length;
		expect(limited).toBeGreaterThanOrEqual(70);
		expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(40);
		expect(await send(presenter, 'slide:next', {})).toMatchObject({ ok: true });
	});
});

describe('the websocket handshake', () => {
	it('refuses a page from another site and accepts our own origin', async () => {
		server = await startServer();
		const { joinCode } = await session();
		const host = new URL(server.url).host;
		await expect(
			connect(
				server,
				{ role: 'participant', joinCode, participantId: newParticipantId() },
				{ origin: 'https://evil.example' }
			)
		).rejects.toThrow();
		const ok = await connect(
			server,
			{ role: 'participant', joinCode, participantId: newParticipantId() },
			{ origin: `http://${host}` }
		);
		expect(ok.snapshot.role).toBe('participant');
	});
});

describe('fuzzing every inbound event', () => {
	it('answers random and hostile payloads with an ack and loses nothing stored', async () => {
		// A generous event budget, so the fuzzing reaches the handlers rather than the flood brake.
		server = await startServer(undefined, Date.now, {
			limits: createLimits({ eventsPer5Seconds: 100_000 })
		});
		const { joinCode, presenter } = await session();
		const phone = (
			await connect(server, { role: 'participant', joinCode, participantId: newParticipantId() })
		).socket;
		// A bystander who answers and then sends nothing: the fuzzing must never cost them their answer.
		const bystander = (
			await connect(server, { role: 'participant', joinCode, participantId: newParticipantId() })
		).socket;
		await send(presenter, 'slide:next', {});
		await send(presenter, 'question:open', { questionId: 'smerte' });
		expect(
			await send(bystander, 'answer:submit', {
				answerId: 'kept-answer-1',
				questionId: 'smerte',
				value: 5
			})
		).toMatchObject({ ok: true });

		const events = [
			...Object.keys(presenterCommands),
			...Object.keys(participantCommands),
			...Object.keys(sharedCommands),
			'unknown:event'
		];
		const hostile = fc.oneof(
			fc.anything(),
			fc.record({
				questionId: fc.string(),
				value: fc.anything(),
				answerId: fc.string(),
				index: fc.anything()
			}),
			fc.constantFrom(
				'<script>alert(1)</script>',
				'__proto__',
				{ __proto__: { admin: true } },
				{ constructor: { prototype: {} } },
				Number.NaN,
				-0,
				1e308,
				'\u0000',
				'x'.repeat(9000)
			)
		);
		let fuzzed = 0;
		const sockets: Client[] = [presenter, phone];
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...events),
				hostile,
				fc.constantFrom(0, 1),
				async (event, payload, who) => {
					const ack = await send(sockets[who]!, event, payload);
					fuzzed += 1;
					return (
						typeof ack === 'object' &&
						ack !== null &&
						typeof ack.ok === 'boolean' &&
						(ack.ok || typeof ack.error.code === 'string')
					);
				}
			),
			{ numRuns: 600 }
		);
		console.log(`events fuzzed: ${fuzzed} across ${events.length} event names`);
		expect(fuzzed).toBe(600);
		const stored = await server.sessions.store.listAnswers(
			(await server.sessions.findByCode(joinCode))!.record.id
		);
		expect(stored.find((a) => a.answerId === 'kept-answer-1')).toBeDefined();
		expect((await sync(presenter)).role).toBe('presenter');
		// The fuzzing may well have ended that session (an empty payload is a valid "end"); the
		// server still starts and serves a new one.
		const next = await session();
		const fresh = await connect(server, {
			role: 'participant',
			joinCode: next.joinCode,
			participantId: newParticipantId()
		});
		expect(fresh.snapshot.role).toBe('participant');
	});
});
