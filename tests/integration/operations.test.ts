/**
 * What an operator's proxy or orchestrator sees of a real server process: /healthz and /readyz
 * without a login or the proxy's header, a request id on every answer, and a SIGTERM that first
 * turns /readyz to 503, then closes the port, with an answer sent just before it acknowledged
 * and stored.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerHealth } from '../../src/lib/server/ops/health';
import { Readiness, readinessChecks } from '../../src/lib/server/ops/readiness';
import { createSqliteStore } from '../../src/lib/server/store/sqlite/store';
import {
	connect,
	newParticipantId,
	removeDir,
	send,
	waitFor,
	startWithOpenQuestion,
	type Client
} from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const dirs: string[] = [];
const running: ServerProcess[] = [];
const sockets: Client[] = [];

afterAll(async () => {
	for (const s of sockets) s.disconnect();
	for (const server of running) await stopServerProcess(server, 'SIGKILL');
	for (const dir of dirs) removeDir(dir);
});

async function boot(env: Record<string, string> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'forsta-ops-'));
	dirs.push(dir);
	const server = await startServerProcess(dir, env);
	running.push(server);
	return { server, dir };
}

type Probe = { status: number; body: Record<string, unknown> } | { refused: true };

async function probe(url: string, headers: Record<string, string> = {}): Promise<Probe> {
	try {
		const response = await fetch(url, { headers });
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	} catch {
		return { refused: true };
	}
}

describe('/healthz and /readyz', () => {
	it('answer without a login, a host name or the proxy header, with no session data', async () => {
		const { server } = await boot({
			PRESENTER_PASSWORD: 'fysio-hemmelig-42',
			ADDRESS_HEADER: 'x-forwarded-for'
		});
		const other = { host: 'probe.internal.example' };
		for (const path of ['/healthz', '/readyz']) {
			const response = await fetch(`${server.url}${path}`, { headers: other });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(Object.keys((await response.json()) as object)).toEqual(['status']);
		}
		expect(await probe(`${server.url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
		expect(await probe(`${server.url}/readyz`)).toEqual({
			status: 200,
			body: { status: 'ready' }
		});
		// Everything else still needs the proxy's header and a known host.
		expect((await fetch(`${server.url}/join`)).status).toBe(400);
		// Probed often: never limited into failure.
		const many = await Promise.all(
			Array.from({ length: 200 }, () => fetch(`${server.url}/readyz`).then((r) => r.status))
		);
		expect(new Set(many)).toEqual(new Set([200]));
	});

	it('says which dependency fails', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'forsta-ops-'));
		dirs.push(dir);
		const store = createSqliteStore(join(dir, 'forsta.sqlite'));
		const readiness = new Readiness(readinessChecks({ store }));
		const http = createServer((req, res) => void answerHealth(req, res, readiness));
		http.listen(0, '127.0.0.1');
		await once(http, 'listening');
		const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/readyz`;
		try {
			expect(await probe(url)).toEqual({ status: 200, body: { status: 'ready' } });
			await store.close();
			expect(await probe(url)).toEqual({
				status: 503,
				body: { status: 'unavailable', failed: ['database'] }
			});
		} finally {
			http.close();
		}
	});
});

describe('request ids', () => {
	it("echo a proxy's plain id and replace anything else", async () => {
		const { server } = await boot();
		const kept = await fetch(`${server.url}/join`, { headers: { 'x-request-id': 'lb-7f3a9' } });
		expect(kept.headers.get('x-request-id')).toBe('lb-7f3a9');
		const unsafe = 'x'.repeat(80);
		const replaced = await fetch(`${server.url}/join`, { headers: { 'x-request-id': unsafe } });
		expect(replaced.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{12}$/);
		const fresh = await fetch(`${server.url}/healthz`);
		expect(fresh.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{12}$/);
	});
});

describe('SIGTERM', () => {
	it('turns /readyz to 503 before the port closes, and keeps an answer sent just before', async () => {
		const { server, dir } = await boot({ DRAIN_SECONDS: '1' });
		const { sessionId, joinCode, questionId } = await startWithOpenQuestion({
			url: server.url,
			clients: sockets
		});
		const phone = await connect(
			{ url: server.url, clients: sockets },
			{ role: 'participant', joinCode: joinCode!, participantId: newParticipantId() }
		);
		const told = waitFor(phone.socket, 'server:restarting');
		const exited = once(server.child, 'exit');

		const acked = send(phone.socket, 'answer:submit', {
			answerId: 'drain-answer-1',
			questionId,
			value: 7
		});
		server.child.kill('SIGTERM');
		expect(await acked).toMatchObject({ ok: true });
		await told;

		const seen: string[] = [];
		for (let i = 0; i < 400 && !seen.includes('refused'); i++) {
			const result = await probe(`${server.url}/readyz`);
			const label = 'refused' in result ? 'refused' : `${result.status} ${result.body.status}`;
			if (seen.at(-1) !== label) seen.push(label);
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
		expect(seen).toEqual(['503 draining', 'refused']);
		expect(await exited).toEqual([0, null]);

		const store = createSqliteStore(join(dir, 'forsta.sqlite'));
		try {
			expect(await store.listAnswers(sessionId!, questionId)).toMatchObject([
				{ answerId: 'drain-answer-1', value: 7 }
			]);
		} finally {
			await store.close();
		}
		expect(server.output()).toMatch(/"msg":"stopped"/);
	});
});
