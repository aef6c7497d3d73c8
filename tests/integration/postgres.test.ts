/**
 * The production server on PostgreSQL: chosen by DATABASE_URL, migrated at start, every
 * acknowledged answer in the database; and an unreachable or wrong URL stops the start in one line.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database';
import {
	asPresenter,
	connect,
	newParticipantId,
	removeDir,
	send,
	type Client
} from '../support/live';
import { freePort } from '../support/nginx';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-postgres-'));
const running: ServerProcess[] = [];
const sockets: Client[] = [];
let db: TestDatabase;

beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	for (const s of sockets) s.disconnect();
	for (const server of running) await stopServerProcess(server, 'SIGKILL');
	removeDir(dataDir);
	await db?.drop();
});

async function boot(env: Record<string, string>) {
	const server = await startServerProcess(dataDir, env);
	running.push(server);
	return server;
}

describe('the server on PostgreSQL', () => {
	it('keeps sessions and acknowledged answers there, and no SQLite file', async () => {
		const [a, b] = await Promise.all([
			boot({ DATABASE_URL: db.url }),
			boot({ DATABASE_URL: db.url })
		]);
		const steps = await db.query('SELECT version FROM schema_migrations');
		expect(steps.rowCount).toBe(1);
		const response = await fetch(`${a.url}/api/sessions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ deckId: 'laenderyg-full' })
		});
		expect(response.status).toBe(201);
		const { sessionId, joinCode, presenterKey } = (await response.json()) as Record<string, string>;
		const presenter = await connect(
			{ url: a.url, clients: sockets },
			{ role: 'presenter', sessionId: sessionId!, presenterKey: presenterKey! }
		);
		expect(await send(presenter.socket, 'slide:next', {})).toMatchObject({ ok: true });
		const questionId = asPresenter(presenter.snapshot).slides[0]!.questionIds[0]!;
		expect(await send(presenter.socket, 'question:open', { questionId })).toMatchObject({
			ok: true
		});
		// The session started on one instance is found by the other, from the shared database.
		const phone = await connect(
			{ url: b.url, clients: sockets },
			{ role: 'participant', joinCode: joinCode!, participantId: newParticipantId() }
		);
		expect(
			await send(phone.socket, 'answer:submit', { answerId: 'pg-answer-1', questionId, value: 4 })
		).toMatchObject({ ok: true });
		const stored = await db.query('SELECT value_json FROM answers WHERE answer_id = $1', [
			'pg-answer-1'
		]);
		expect(stored.rows).toEqual([{ value_json: '4' }]);
		expect(existsSync(join(dataDir, 'forsta.sqlite'))).toBe(false);
	}, 60_000);
});

describe('start-up with a PostgreSQL that cannot be used', () => {
	const refusal = (env: Record<string, string>) =>
		startServerProcess(dataDir, env).then(
			(server) => {
				running.push(server);
				return 'it started';
			},
			(e: Error) => e.message
		);

	it('exits with one clear line naming DATABASE_URL, without the password', async () => {
		const port = await freePort();
		const unreachable = await refusal({
			DATABASE_URL: `postgres://forsta:hemmelig@127.0.0.1:${port}/forsta`
		});
		const wrong = await refusal({ DATABASE_URL: 'mysql://forsta@127.0.0.1/forsta' });
		for (const message of [unreachable, wrong]) {
			expect(message).toMatch(/exited with 1/);
			const lines = message.split('\n').filter((l) => l.trim());
			expect(lines.filter((l) => l.startsWith('Forstå cannot start: '))).toHaveLength(1);
			expect(lines.filter((l) => l.includes('DATABASE_URL'))).toHaveLength(1);
			expect(message).not.toMatch(/^\s+at /m);
			expect(message).not.toContain('hemmelig');
		}
		expect(unreachable).toContain(`127.0.0.1:${port}/forsta (DATABASE_URL) cannot be used`);
		expect(wrong).toContain(
			'Invalid environment settings: DATABASE_URL: use a postgres:// or postgresql:// URL'
		);
	}, 60_000);
});
