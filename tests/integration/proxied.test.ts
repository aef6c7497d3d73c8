/**
 * Forstå hosted on the internet: the production build behind a reverse proxy that sets
 * X-Forwarded-For (ADDRESS_HEADER), every phone of a class arriving from the clinic's one
 * public address. Guess limits hold against concurrent bursts and late bodies, and only the
 * client that guesses wrong is slowed down; keys are never refused.
 */
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handshake } from '../../src/lib/protocol';
import { GUESS_BUDGETS } from '../../src/lib/server/limits';
import { connect, newParticipantId, removeDir, send, type Client } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';
import { requestFrom, startProxy, type Proxy } from '../support/proxy';

const PASSWORD = 'fysio-hemmelig-42';
const BURST = 2000;
const dataDir = mkdtempSync(join(tmpdir(), 'forsta-proxied-'));
let server: ServerProcess;
let proxy: Proxy;
let live: { sessionId: string; joinCode: string; presenterKey: string; screenKey: string };
const sockets: Client[] = [];
const tracked = { url: '', clients: sockets };

beforeAll(async () => {
	server = await startServerProcess(dataDir, {
		PRESENTER_PASSWORD: PASSWORD,
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1'
	});
	proxy = await startProxy(server.url);
	tracked.url = proxy.url;
	const cookie = await logIn('127.0.0.2', PASSWORD).then((r) => r.headers['set-cookie']![0]!);
	const created = await requestFrom('127.0.0.2', `${proxy.url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
		body: JSON.stringify({ deckId: 'laenderyg-pixi' })
	});
	expect(created.status).toBe(201);
	live = JSON.parse(created.body);
}, 60_000);

afterAll(async () => {
	for (const socket of sockets) socket.disconnect();
	await proxy?.close();
	if (server) await stopServerProcess(server, 'SIGTERM');
	removeDir(dataDir);
});

function logIn(from: string, password: string) {
	return requestFrom(from, `${proxy.url}/login?to=/`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: proxy.url
		},
		body: new URLSearchParams({ password }).toString()
	});
}

const postJson = (from: string, path: string, body: unknown) =>
	requestFrom(from, `${proxy.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: proxy.url },
		body: JSON.stringify(body)
	});

const wrongCode = (i: number) => {
	const code = String(100000 + i);
	return code === live.joinCode ? '099999' : code;
};

/** Resolves to the refusal code, or 'joined'. */
function attempt(from: string, auth: Handshake, headers: Record<string, string> = {}) {
	return connect(tracked, auth, headers, from).then(
		() => 'joined',
		(error: { code?: string }) => error.code ?? 'error'
	);
}

function report(
	endpoint: string,
	statuses: (number | string)[],
	evaluated: (s: number | string) => boolean
) {
	const count = statuses.filter(evaluated).length;
	console.log(`guesses evaluated: ${endpoint} ${count}/${statuses.length}`);
	return count;
}

describe('a concurrent burst of guesses from one client', () => {
	it('evaluates at most the budget on every guessing endpoint', async () => {
		const passwords = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				logIn('127.0.0.11', i === BURST - 1 ? PASSWORD : `gæt-nummer-${i}`).then((r) => r.status)
			)
		);
		expect(report('login', passwords, (s) => s === 403 || s === 303)).toBeLessThanOrEqual(
			GUESS_BUDGETS.password.perWindow
		);
		expect(passwords[BURST - 1], 'the right password, sent last, was not tried').toBe(429);

		const reentry = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				postJson('127.0.0.12', '/api/reentry', { code: `WRNG${String(i).padStart(4, 'A')}` }).then(
					(r) => r.status
				)
			)
		);
		expect(report('reentry', reentry, (s) => s === 404)).toBeLessThanOrEqual(
			GUESS_BUDGETS.personalCode.perWindow
		);

		const takeaway = await Promise.all(
			Array.from({ length: BURST }, () =>
				postJson('127.0.0.13', '/api/takeaway', { participantId: newParticipantId() }).then(
					(r) => r.status
				)
			)
		);
		expect(report('takeaway', takeaway, (s) => s === 404)).toBeLessThanOrEqual(
			GUESS_BUDGETS.personalCode.perWindow
		);

		const joins = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				requestFrom('127.0.0.14', `${proxy.url}/join`, {
					method: 'POST',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: proxy.url
					},
					body: new URLSearchParams({ code: wrongCode(i) }).toString()
				}).then((r) => r.status)
			)
		);
		expect(report('join form', joins, (s) => s === 404)).toBeLessThanOrEqual(
			GUESS_BUDGETS.joinCode.perWindow
		);

		const handshakes = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				attempt('127.0.0.15', {
					role: 'participant',
					joinCode: wrongCode(i),
					participantId: newParticipantId()
				})
			)
		);
		expect(report('join socket', handshakes, (s) => s === 'not_found')).toBeLessThanOrEqual(
			GUESS_BUDGETS.joinCode.perWindow
		);
		// Besides the guess limit, the cap on open connections per client may turn some away
		// before their handshake (a plain connection error).
		expect(handshakes).toContain('rate_limited');
		expect(handshakes.every((h) => ['not_found', 'rate_limited', 'error'].includes(h))).toBe(true);
	}, 120_000);

	it('takes the point before the body arrives', async () => {
		const held = await Promise.all(
			Array.from({ length: 60 }, (_, i) => {
				const body = new URLSearchParams({ password: `sent-late-${i}` }).toString();
				const { hostname, port } = new URL(proxy.url);
				const req = httpRequest({
					host: hostname,
					port,
					path: '/login?to=/',
					method: 'POST',
					localAddress: '127.0.0.16',
					agent: false,
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						'content-length': String(Buffer.byteLength(body)),
						accept: 'text/html',
						origin: proxy.url
					}
				});
				req.flushHeaders();
				const status = new Promise<number>((resolve, reject) => {
					req.on('response', (res) => {
						res.resume();
						resolve(res.statusCode ?? 0);
					});
					req.on('error', reject);
				});
				return new Promise<{ send(): Promise<number> }>((resolve) =>
					req.once('socket', (socket) =>
						socket.once('connect', () =>
							resolve({
								send: () => {
									req.end(body);
									return status;
								}
							})
						)
					)
				);
			})
		);
		// A page answered after all sixty were sent: the server has read their headers by then.
		expect((await requestFrom('127.0.0.17', `${proxy.url}/login`)).status).toBe(200);
		const statuses = await Promise.all(held.map((request) => request.send()));
		expect(report('login, late bodies', statuses, (s) => s === 403)).toBeLessThanOrEqual(
			GUESS_BUDGETS.password.perWindow
		);
	}, 60_000);
});

describe('one client guessing wrong', () => {
	it('never locks out the presenter, the screen, a remote or anyone at another address', async () => {
		const before = await attempt('127.0.0.20', {
			role: 'participant',
			joinCode: live.joinCode,
			participantId: 'already-in-the-room-0001'
		});
		expect(before).toBe('joined');
		const wrong = await Promise.all(
			Array.from({ length: GUESS_BUDGETS.joinCode.perWindow + 20 }, (_, i) =>
				attempt('127.0.0.20', {
					role: 'participant',
					joinCode: wrongCode(i),
					participantId: newParticipantId()
				})
			)
		);
		expect(wrong.filter((c) => c === 'rate_limited').length).toBeGreaterThanOrEqual(20);

		const presenter = await connect(
			tracked,
			{ role: 'presenter', sessionId: live.sessionId, presenterKey: live.presenterKey },
			{},
			'127.0.0.20'
		);
		expect(presenter.snapshot.role).toBe('presenter');
		expect(
			await attempt('127.0.0.20', {
				role: 'screen',
				sessionId: live.sessionId,
				screenKey: live.screenKey
			})
		).toBe('joined');
		const pairing = await send(presenter.socket, 'remote:pair', {});
		expect(pairing).toMatchObject({ ok: true });
		expect(
			await attempt('127.0.0.20', {
				role: 'remote',
				sessionId: live.sessionId,
				pairingToken: String((pairing as Record<string, unknown>).pairingToken)
			})
		).toBe('joined');
		// A phone that was in the room before comes back after a Wi-Fi drop.
		expect(
			await attempt('127.0.0.20', {
				role: 'participant',
				joinCode: live.joinCode,
				participantId: 'already-in-the-room-0001'
			})
		).toBe('joined');
		// Another client behind the same proxy is not touched.
		expect(
			await attempt('127.0.0.21', {
				role: 'participant',
				joinCode: live.joinCode,
				participantId: newParticipantId()
			})
		).toBe('joined');
		// The guesser itself cannot test even the right code, and is told how long to wait.
		const refused = await connect(
			tracked,
			{ role: 'participant', joinCode: live.joinCode, participantId: newParticipantId() },
			{},
			'127.0.0.20'
		).catch((error: { code?: string; data?: { retryAfter?: number } }) => error);
		expect(refused).toMatchObject({ code: 'rate_limited' });
		expect((refused as { data: { retryAfter: number } }).data.retryAfter).toBeGreaterThan(0);
	});

	it('is not fooled by an X-Forwarded-For the client sends itself', async () => {
		const spoofed = await Promise.all(
			Array.from({ length: GUESS_BUDGETS.joinCode.perWindow + 20 }, (_, i) =>
				attempt(
					'127.0.0.22',
					{ role: 'participant', joinCode: wrongCode(i), participantId: newParticipantId() },
					{ 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` }
				)
			)
		);
		expect(spoofed.filter((c) => c === 'not_found').length).toBeLessThanOrEqual(
			GUESS_BUDGETS.joinCode.perWindow
		);
	});

	it('lets a class of 30 behind one address in, each after mistyping twice', async () => {
		const phones = await Promise.all(
			Array.from({ length: 30 }, async (_, phone) => {
				const participantId = newParticipantId();
				for (const typo of [0, 1])
					expect(
						await attempt('127.0.0.30', {
							role: 'participant',
							joinCode: wrongCode(500 + phone * 2 + typo),
							participantId
						})
					).toBe('not_found');
				return attempt('127.0.0.30', {
					role: 'participant',
					joinCode: live.joinCode,
					participantId
				});
			})
		);
		const joined = phones.filter((p) => p === 'joined').length;
		console.log(`class behind one address: ${joined}/30 joined after 60 typos`);
		expect(joined).toBe(30);
	});
});
