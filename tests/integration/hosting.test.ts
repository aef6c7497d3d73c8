/**
 * The production build reachable by anyone, with no PRESENTER_PASSWORD: what a stranger can and
 * cannot get from it.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSIONS_PER_HOUR } from '../../src/lib/server/limits';
import { connect, newParticipantId, removeDir, send, type Client } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-hosting-'));
let server: ServerProcess;

beforeAll(async () => {
	server = await startServerProcess(dataDir);
});
const sockets: Client[] = [];
afterAll(async () => {
	for (const socket of sockets) socket.disconnect();
	await stopServerProcess(server, 'SIGTERM');
	removeDir(dataDir);
});

type Created = { sessionId: string; joinCode: string; presenterKey: string };

async function createSession(): Promise<Created> {
	const response = await fetch(`${server.url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ deckId: 'laenderyg-pixi' })
	});
	expect(response.status).toBe(201);
	return (await response.json()) as Created;
}

const held = (sessions: { id: string; presenterKey: string }[]) =>
	fetch(`${server.url}/api/sessions/held`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ sessions })
	});

describe('the session list without a password', () => {
	it('hands out no join code to a browser without the keys', async () => {
		const mine = await createSession();
		const theirs = await createSession();
		for (const path of ['/sessions/__data.json', '/sessions']) {
			const response = await fetch(`${server.url}${path}`);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control'), path).toContain('no-store');
			const text = await response.text();
			expect(text, path).not.toContain(mine.joinCode);
			expect(text, path).not.toContain(theirs.sessionId);
		}
		const listed = (await (
			await held([
				{ id: mine.sessionId, presenterKey: mine.presenterKey },
				{ id: theirs.sessionId, presenterKey: mine.presenterKey }
			])
		).json()) as { sessions: { id: string; joinCode: string }[] };
		expect(listed.sessions.map((s) => [s.id, s.joinCode])).toEqual([
			[mine.sessionId, mine.joinCode]
		]);
		expect((await held([{ id: 'x', presenterKey: 'y' }])).status).toBe(400);
	});
});

describe('the export', () => {
	it('carries a pseudonym that stays the same across exports and restarts, never the id', async () => {
		const created = await createSession();
		const participantId = newParticipantId();
		const tracked = { url: server.url, clients: sockets };
		const presenter = await connect(tracked, {
			role: 'presenter',
			sessionId: created.sessionId,
			presenterKey: created.presenterKey
		});
		const questionId = 'added-1';
		expect(
			await send(presenter.socket, 'question:add', { template: 'scale', text: 'Hvor ondt?' })
		).toMatchObject({ ok: true });
		const phone = await connect(tracked, {
			role: 'participant',
			joinCode: created.joinCode,
			participantId
		});
		expect(
			await send(phone.socket, 'answer:submit', { answerId: 'export-1', questionId, value: 3 })
		).toMatchObject({ ok: true });
		const exportCsv = () =>
			fetch(`${server.url}/api/sessions/${created.sessionId}/export`, {
				headers: { authorization: `Bearer ${created.presenterKey}` }
			}).then((r) => r.text());
		const csv = await exportCsv();
		expect(csv).not.toContain(participantId);
		const pseudonym = /\r\n[^,]*,(P-[\w-]{16}),/.exec(csv)?.[1];
		expect(pseudonym).toBeDefined();
		expect(await exportCsv()).toContain(pseudonym);

		for (const socket of sockets) socket.disconnect();
		await stopServerProcess(server, 'SIGTERM');
		server = await startServerProcess(dataDir);
		expect(await exportCsv()).toContain(pseudonym);
		expect(statSync(join(dataDir, 'server.key')).mode & 0o077).toBe(0);
	});
});

describe('starting sessions', () => {
	it('limits how many one client can start', async () => {
		const statuses = await Promise.all(
			Array.from({ length: 1000 }, () =>
				fetch(`${server.url}/api/sessions`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ deckId: 'laenderyg-pixi' })
				}).then(async (r) => [r.status, r.headers.get('retry-after')] as const)
			)
		);
		const created = statuses.filter(([s]) => s === 201).length;
		console.log(`sessions created: ${created}/1000 from one client`);
		expect(created).toBeLessThanOrEqual(SESSIONS_PER_HOUR);
		const refused = statuses.filter(([s]) => s === 429);
		expect(refused.length).toBe(1000 - created);
		expect(Number(refused[0]![1])).toBeGreaterThan(0);
	});
});
