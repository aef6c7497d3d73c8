/**
 * The log of a whole session at LOG_LEVEL=debug, captured from a real server process: it says
 * what happened (requests by route pattern, connections, the drain) and holds none of the
 * session's health data or secrets — no nickname, answer, join code, key, token, cookie,
 * password or query string.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, newParticipantId, removeDir, send, waitFor, type Client } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const PASSWORD = 'fysio-hemmelig-42';
const NICKNAME = 'Birthe Kjærgaard';
const ANSWER = 'Gåtur med hunden hver morgen';
const QUERY_SECRET = 'forespoergsel-hemmelighed';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-logs-'));
const sockets: Client[] = [];
let server: ServerProcess;
let lines: Record<string, unknown>[] = [];
const secrets: string[] = [PASSWORD, NICKNAME, ANSWER, QUERY_SECRET];

beforeAll(async () => {
	server = await startServerProcess(dataDir, { LOG_LEVEL: 'debug', PRESENTER_PASSWORD: PASSWORD });
	const { url } = server;

	const login = await fetch(`${url}/login?to=/`, {
		method: 'POST',
		body: new URLSearchParams({ password: PASSWORD }),
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: url
		}
	});
	expect(login.status).toBe(303);
	const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
	secrets.push(cookie, cookie.split('=')[1]!);

	const created = await fetch(`${url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ deckId: 'laenderyg-full' })
	});
	expect(created.status).toBe(201);
	const { sessionId, joinCode, presenterKey, screenKey } = (await created.json()) as Record<
		string,
		string
	>;
	secrets.push(joinCode!, presenterKey!, ...(screenKey ? [screenKey] : []));

	// Pages whose paths and queries carry the code and secrets.
	expect((await fetch(`${url}/s/${joinCode}?token=${QUERY_SECRET}`)).status).toBe(200);
	expect(
		(await fetch(`${url}/present/${sessionId}?key=${QUERY_SECRET}`, { headers: { cookie } })).status
	).toBeLessThan(500);

	const presenter = await connect(
		{ url, clients: sockets },
		{ role: 'presenter', sessionId: sessionId!, presenterKey: presenterKey! }
	);
	const participantId = newParticipantId();
	secrets.push(participantId);
	const phone = await connect(
		{ url, clients: sockets },
		{ role: 'participant', joinCode: joinCode!, participantId, nickname: NICKNAME }
	);
	const opened = waitFor(phone.socket, 'session:state', (s) => s.question?.id === 'added-1');
	expect(
		await send(presenter.socket, 'question:add', {
			template: 'open-text',
			text: 'Hvad vil du gøre i denne uge?'
		})
	).toMatchObject({ ok: true });
	await opened;
	expect(
		await send(phone.socket, 'answer:submit', {
			answerId: 'logs-answer-1',
			questionId: 'added-1',
			value: ANSWER
		})
	).toMatchObject({ ok: true });
	const paired = await send(presenter.socket, 'remote:pair', {});
	expect(paired).toMatchObject({ ok: true });
	for (const value of Object.values(paired)) if (typeof value === 'string') secrets.push(value);
	// A refused command and a wrong code are logged too, still without their payloads.
	await send(phone.socket, 'slide:next', { note: ANSWER });
	await connect({ url }, { role: 'participant', joinCode: '999999', participantId }).catch(
		() => undefined
	);

	for (const socket of sockets) socket.disconnect();
	expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);
	lines = server
		.output()
		.split('\n')
		.filter((line) => line.startsWith('{'))
		.map((line) => JSON.parse(line) as Record<string, unknown>);
});

afterAll(async () => {
	for (const socket of sockets) socket.disconnect();
	if (server) await stopServerProcess(server, 'SIGKILL');
	removeDir(dataDir);
});

describe('the log of a session', () => {
	it('is JSON lines with a level, a time and a message', () => {
		expect(lines.length).toBeGreaterThan(10);
		for (const line of lines) {
			expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String) });
			expect(typeof line.msg).toBe('string');
		}
		expect(server.output().split('\n').filter(Boolean).length).toBe(lines.length);
	});

	it('says what happened: start, store, requests by route pattern, connections, the drain', () => {
		const messages = lines.map((line) => line.msg);
		expect(messages).toContain('Forstå is starting');
		expect(lines).toContainEqual(expect.objectContaining({ msg: 'store opened', store: 'sqlite' }));
		const requests = lines.filter((line) => line.msg === 'request');
		expect(requests).toContainEqual(
			expect.objectContaining({ method: 'GET', route: '/s/[code]', status: 200 })
		);
		expect(requests).toContainEqual(
			expect.objectContaining({ method: 'POST', route: '/api/sessions', status: 201 })
		);
		for (const request of requests) {
			expect(request.reqId).toEqual(expect.any(String));
			expect(request.ms).toEqual(expect.any(Number));
		}
		const connected = lines.filter((line) => line.msg === 'socket connected');
		expect(connected.map((line) => line.role)).toEqual(['presenter', 'participant']);
		const ids = connected.map((line) => line.conn);
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(lines.filter((line) => line.msg === 'socket disconnected').length).toBe(2);
		expect(messages).toContain('stopped');
	});

	it('holds no answer, nickname, code, key, token, cookie, password or query string', () => {
		const text = server.output();
		expect(secrets.length).toBeGreaterThanOrEqual(9);
		for (const secret of secrets) expect(text, secret).not.toContain(secret);
		expect(text).not.toMatch(/\/s\/\d{6}/);
		expect(text).not.toContain('?');
	});
});
