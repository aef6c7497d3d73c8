/**
 * Three production servers (node server.js) on one PostgreSQL schema and one Redis (a key prefix
 * of this run's own), behind the shipped deploy/nginx.conf. One session is served by any of them:
 * views follow across instances, a revoke or a deletion acts everywhere at once, limits are
 * shared, and kill -9 of one instance while 50 phones answer through nginx loses no acknowledged
 * answer: its phones reconnect through nginx to the others and get the full state again.
 */
import { randomBytes } from 'node:crypto';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handshake, PresenterState, PublicState } from '../../src/lib/protocol';
import { GUESS_BUDGETS } from '../../src/lib/server/limits';
import { startCluster, type Cluster } from '../support/cluster';
import type { TestDatabase } from '../support/database';
import { connect, newParticipantId, send, waitFor, type Client } from '../support/live';
import type { Nginx } from '../support/nginx';
import { stopServerProcess, type ServerProcess } from '../support/process';

const INSTANCES = 3;
const PHONES = 50;
/** Answers each phone sends at most: well inside a socket's event budget of 40 per 5 s. */
const ROUNDS = 30;
const QUESTION = 'smerte-i-dag';

let cluster: Cluster;
let db: TestDatabase;
let nginx: Nginx;
const servers: ServerProcess[] = [];
const clients: Client[] = [];

/** Straight to one instance, as the proxy would pass it on: the client's address in the header. */
const at = (server: ServerProcess, address = '203.0.113.10') => ({
	url: server.url,
	clients,
	headers: { 'x-forwarded-for': address }
});

/** Resolves or rejects as `promise` does, or rejects after `ms` naming what did not happen. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function open(
	server: ServerProcess,
	auth: Handshake,
	address?: string
): ReturnType<typeof connect> {
	const target = at(server, address);
	return within(8000, `${auth.role} on ${server.url}`, connect(target, auth, target.headers));
}

async function startSession(server: ServerProcess, deckId = 'laenderyg-full') {
	const response = await fetch(`${server.url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.10' },
		body: JSON.stringify({ deckId })
	});
	expect(response.status).toBe(201);
	return (await response.json()) as {
		sessionId: string;
		joinCode: string;
		presenterKey: string;
		screenKey: string;
	};
}

type Live = Awaited<ReturnType<typeof startSession>>;
const presenterOf = (live: Live): Handshake => ({
	role: 'presenter',
	sessionId: live.sessionId,
	presenterKey: live.presenterKey
});
const screenOf = (live: Live): Handshake => ({
	role: 'screen',
	sessionId: live.sessionId,
	screenKey: live.screenKey
});
const phoneOf = (live: Live, participantId = newParticipantId(), joinCode = live.joinCode) =>
	({ role: 'participant', joinCode, participantId }) satisfies Handshake;

/** Each participant's stored answer id for the session, read from PostgreSQL itself. */
async function storedAnswers(sessionId: string): Promise<Map<string, string>> {
	const rows = await db.query<{ participant_id: string; answer_id: string }>(
		'SELECT participant_id, answer_id FROM answers WHERE session_id = $1',
		[sessionId]
	);
	return new Map(rows.rows.map((r) => [r.participant_id, r.answer_id]));
}

const countOf = (state: PresenterState, questionId = QUESTION) =>
	state.questions.find((q) => q.id === questionId)?.count ?? 0;

beforeAll(async () => {
	cluster = await startCluster({ instances: INSTANCES, name: 'cluster' });
	({ db, nginx } = cluster);
	servers.push(...cluster.servers);
}, 60_000);

afterAll(async () => {
	for (const client of clients) client.disconnect();
	await cluster?.stop();
});

describe('three instances behind nginx, one PostgreSQL, one Redis', () => {
	it('refuses long-polling: with several instances every page speaks websocket only', async () => {
		const polling = await fetch(`${servers[0]!.url}/socket.io/?EIO=4&transport=polling`, {
			headers: { 'x-forwarded-for': '203.0.113.10' }
		});
		expect(polling.status).toBe(400);
		const page = await fetch(`${servers[1]!.url}/join`, {
			headers: { 'x-forwarded-for': '203.0.113.10' }
		});
		expect(await page.text()).toContain('<meta name="forsta-transport" content="websocket" />');
	});

	it('a phone on A follows a presenter on B; an answer through C reaches the console on A and, on reveal, every screen', async () => {
		const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
		const live = await startSession(b);
		const presenter = (await open(b, presenterOf(live))).socket;
		const phoneA = (await open(a, phoneOf(live))).socket;

		const next = waitFor(phoneA, 'session:state', (s) => s.slideIndex === 0);
		const moved = await send(presenter, 'slide:next', {});
		if (!moved.ok) throw new Error(moved.error.message);
		expect(await next).toMatchObject({ phase: 'live', slideIndex: 0, seq: moved.seq });

		const consoleA = (await open(a, presenterOf(live))).socket;
		const screens = await Promise.all(servers.map((s) => open(s, screenOf(live))));
		expect((await send(consoleA, 'question:open', { questionId: QUESTION })).ok).toBe(true);

		// One answer through each instance, the first through C; the console on A converges.
		const phones = [
			(await open(c, phoneOf(live))).socket,
			phoneA,
			(await open(b, phoneOf(live))).socket
		];
		const first = waitFor(consoleA, 'presenter:state', (s) => countOf(s) === 1);
		const sentC = await send(phones[0]!, 'answer:submit', {
			answerId: 'cluster-first',
			questionId: QUESTION,
			value: 7
		});
		expect(sentC.ok).toBe(true);
		expect(countOf(await first)).toBe(1);
		const all = waitFor(consoleA, 'presenter:state', (s) => countOf(s) === 3);
		await Promise.all(
			phones.slice(1).map(async (phone, i) => {
				const ack = await send(phone, 'answer:submit', {
					answerId: `cluster-${i}`,
					questionId: QUESTION,
					value: 3 + i
				});
				expect(ack.ok).toBe(true);
			})
		);
		expect(countOf(await all)).toBe(3);

		const revealed = screens.map(({ socket }) =>
			waitFor(socket, 'session:state', (s) => s.results?.type === 'scale')
		);
		expect((await send(consoleA, 'question:reveal', { questionId: QUESTION })).ok).toBe(true);
		for (const state of await Promise.all(revealed))
			expect((state as PublicState).results).toMatchObject({ type: 'scale', total: 3 });
	});

	it('a remote paired on C stops at once when the presenter on B revokes it, on every instance', async () => {
		const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
		const live = await startSession(a);
		const presenter = (await open(b, presenterOf(live))).socket;
		const paired = await send(presenter, 'remote:pair', {});
		if (!paired.ok) throw new Error(paired.error.message);
		const remote = await open(c, {
			role: 'remote',
			sessionId: live.sessionId,
			pairingToken: String(paired.pairingToken)
		});
		const remoteKey = (remote.snapshot as { remoteKey?: string }).remoteKey!;
		expect(remoteKey).toBeTruthy();
		expect((await send(remote.socket, 'slide:next', {})).ok).toBe(true);

		const dropped = new Promise<string>((done) => remote.socket.once('disconnect', done));
		expect((await send(presenter, 'remote:revoke', {})).ok).toBe(true);
		expect(await within(5000, 'the revoked remote dropped', dropped)).toBe('io server disconnect');
		for (const server of servers) {
			await expect(
				open(server, { role: 'remote', sessionId: live.sessionId, remoteKey })
			).rejects.toMatchObject({ code: 'forbidden' });
		}
	});

	it('deleting the session on A ends it on B and C', async () => {
		const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
		const live = await startSession(b);
		const sockets = [
			(await open(b, presenterOf(live))).socket,
			(await open(b, phoneOf(live))).socket,
			(await open(c, screenOf(live))).socket,
			(await open(c, phoneOf(live))).socket
		];
		const closed = sockets.map(
			(socket) => new Promise<string>((done) => socket.once('disconnect', done))
		);
		const deleted = await fetch(`${a.url}/api/sessions/${live.sessionId}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${live.presenterKey}`, 'x-forwarded-for': '203.0.113.10' }
		});
		expect(deleted.status).toBe(204);
		expect(
			await within(5000, 'every socket of the deleted session closed', Promise.all(closed))
		).toEqual(sockets.map(() => 'io server disconnect'));
		for (const server of [b, c]) {
			await expect(open(server, phoneOf(live))).rejects.toMatchObject({ code: 'not_found' });
			await expect(open(server, presenterOf(live))).rejects.toMatchObject({ code: 'forbidden' });
		}
	});

	it('counts wrong join codes from one client on all instances against one budget, and locks out no valid user', async () => {
		const live = await startSession(servers[0]!);
		const guesser = '198.51.100.7';
		const inside = phoneOf(live);
		await open(servers[1]!, inside, guesser);
		const wrong = (i: number) => {
			const code = String(100000 + i);
			return code === live.joinCode ? '099999' : code;
		};
		const budget = GUESS_BUDGETS.joinCode.perWindow;
		const refusals: string[] = [];
		for (let i = 0; i < budget; i++) {
			const server = servers[i % INSTANCES]!;
			const refusal = await open(server, phoneOf(live, undefined, wrong(i)), guesser).then(
				() => 'joined',
				(error: { code?: string }) => error.code ?? 'error'
			);
			refusals.push(refusal);
		}
		expect(new Set(refusals)).toEqual(new Set(['not_found']));
		// The budget is spent on every instance at once, for wrong and right codes alike.
		for (const server of servers) {
			await expect(
				open(server, phoneOf(live, undefined, wrong(budget + 1)), guesser)
			).rejects.toMatchObject({ code: 'rate_limited' });
			await expect(open(server, phoneOf(live), guesser)).rejects.toMatchObject({
				code: 'rate_limited'
			});
			// Someone else, and the phone already in the session, still get in.
			await expect(open(server, phoneOf(live), '198.51.100.8')).resolves.toBeTruthy();
			await expect(open(server, inside, guesser)).resolves.toBeTruthy();
		}
	});

	it(`kill -9 of one instance while ${PHONES} phones answer through nginx loses no acknowledged answer`, async () => {
		const [a, , c] = servers as [ServerProcess, ServerProcess, ServerProcess];
		const live = await startSession(a);
		const presenter = (await open(a, presenterOf(live))).socket;
		expect((await send(presenter, 'slide:next', {})).ok).toBe(true);
		expect((await send(presenter, 'question:open', { questionId: QUESTION })).ok).toBe(true);

		type Phone = {
			id: string;
			socket: Client;
			sent: string[];
			lastAcked: string | null;
			dropped: boolean;
			resynced: boolean;
			/** The snapshot after the drop had the open question and this phone's own answer. */
			fullState: boolean;
		};
		let resyncedAt = 0;
		let acknowledged = 0;
		const phones: Phone[] = await Promise.all(
			Array.from({ length: PHONES }, async (_, i) => {
				const id = `cluster-phone-${i}-${randomBytes(6).toString('hex')}`;
				const socket: Client = connectClient(nginx.url, {
					auth: phoneOf(live, id),
					ca: nginx.ca,
					transports: ['websocket'],
					forceNew: true,
					reconnectionDelay: 100,
					reconnectionDelayMax: 500,
					timeout: 5000
				});
				clients.push(socket);
				const phone: Phone = {
					id,
					socket,
					sent: [],
					lastAcked: null,
					dropped: false,
					resynced: false,
					fullState: false
				};
				await new Promise<void>((ready, fail) => {
					const timer = setTimeout(() => fail(new Error(`${id} did not join`)), 15_000);
					socket.once('session:snapshot', () => {
						clearTimeout(timer);
						ready();
					});
				});
				socket.on('disconnect', () => (phone.dropped = true));
				socket.on('session:snapshot', (snapshot) => {
					if (!phone.dropped || phone.resynced) return;
					phone.fullState =
						snapshot.state.question?.id === QUESTION &&
						snapshot.role === 'participant' &&
						snapshot.answers.length === (phone.lastAcked ? 1 : 0);
					phone.resynced = true;
					resyncedAt = Date.now();
				});
				return phone;
			})
		);

		let stopped = false;
		let counter = 0;
		const loops = phones.map(async (phone) => {
			for (let round = 0; round < ROUNDS && !stopped && !phone.dropped; round++) {
				const answerId = `c-${phone.id}-${++counter}`;
				phone.sent.push(answerId);
				const ack = await send(phone.socket, 'answer:submit', {
					answerId,
					questionId: QUESTION,
					value: counter % 11
				}).catch(() => ({ ok: false }));
				if (!ack.ok) break; // the instance went: no ack, so nothing was promised
				phone.lastAcked = answerId;
				acknowledged += 1;
			}
		});
		await new Promise<void>((ready, fail) => {
			const timer = setTimeout(() => fail(new Error('the phones did not answer')), 20_000);
			const check = setInterval(() => {
				if (acknowledged < PHONES * 4) return;
				clearInterval(check);
				clearTimeout(timer);
				ready();
			}, 5);
		});
		const killedAt = Date.now();
		expect(await stopServerProcess(c, 'SIGKILL')).toBeNull();

		// Its phones come back through nginx to the other two and get the full state again.
		await new Promise<void>((ready, fail) => {
			const timer = setTimeout(() => {
				clearInterval(check);
				fail(
					new Error(
						`${phones.filter((p) => p.dropped && !p.resynced).length} phones did not resync`
					)
				);
			}, 30_000);
			const check = setInterval(() => {
				const dropped = phones.filter((p) => p.dropped);
				if (dropped.length === 0 || dropped.some((p) => !p.resynced)) return;
				clearInterval(check);
				clearTimeout(timer);
				ready();
			}, 20);
		});
		stopped = true;
		await Promise.all(loops);
		const resynced = phones.filter((p) => p.resynced);
		expect(resynced.length).toBeGreaterThan(0);
		expect(resynced.filter((p) => !p.fullState).map((p) => p.id)).toEqual([]);

		// Each phone's stored answer is its last acknowledged one, or one it sent after that (written,
		// but the ack was lost with the instance); never an older one, never missing.
		const stored = await storedAnswers(live.sessionId);
		const acknowledgedBeforeKill = acknowledged;
		let found = 0;
		for (const phone of phones) {
			if (!phone.lastAcked) continue;
			const answerId = stored.get(phone.id);
			expect(answerId, phone.id).toBeDefined();
			expect(phone.sent.indexOf(answerId!), phone.id).toBeGreaterThanOrEqual(
				phone.sent.indexOf(phone.lastAcked)
			);
			found += 1;
		}
		expect(found).toBe(phones.filter((p) => p.lastAcked).length);

		// Every phone answers once more, through whichever instance it is on now; the console on
		// A sees every one of them online and answered.
		const converged = waitFor(
			presenter,
			'presenter:state',
			(s) => countOf(s) === PHONES && s.participants.filter((p) => p.online).length === PHONES,
			15_000
		);
		for (const phone of phones) {
			const answerId = `c-${phone.id}-final`;
			phone.sent.push(answerId);
			const ack = await send(phone.socket, 'answer:submit', {
				answerId,
				questionId: QUESTION,
				value: 5
			});
			expect(ack.ok, phone.id).toBe(true);
			phone.lastAcked = answerId;
			acknowledged += 1;
		}
		await converged;
		const final = await storedAnswers(live.sessionId);
		for (const phone of phones) expect(final.get(phone.id), phone.id).toBe(phone.lastAcked);

		console.log(
			`cluster: ${INSTANCES} instances, ${PHONES} phones, ${acknowledgedBeforeKill} answers acknowledged around the kill, each phone's latest acknowledged found in PostgreSQL for ${found}/${found} phones (0 lost), ${resynced.length} phones resynced in ${((resyncedAt - killedAt) / 1000).toFixed(1)} s; then ${PHONES} more acknowledged, ${final.size} rows found`
		);
	}, 90_000);
});
