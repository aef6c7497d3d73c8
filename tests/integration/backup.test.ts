/**
 * `npm run backup` against a running server that keeps writing answers: the copy opens, passes
 * SQLite's check, has every table, and holds every answer acknowledged before the backup began.
 * With DATABASE_URL on PostgreSQL it only says how to use pg_dump.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
	connect,
	newParticipantId,
	removeDir,
	send,
	startWithOpenQuestion,
	type Client
} from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'forsta-backup-'));
const sockets: Client[] = [];
let server: ServerProcess | undefined;

afterAll(async () => {
	for (const socket of sockets) socket.disconnect();
	if (server) await stopServerProcess(server, 'SIGKILL');
	removeDir(dataDir);
});

async function backup(args: string[] = [], env: Record<string, string> = {}) {
	const child = spawn('npm', ['run', '--silent', 'backup', '--', ...args], {
		cwd: root,
		env: { ...process.env, DATA_DIR: dataDir, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
	const [code] = await once(child, 'exit');
	return { code: code as number | null, out };
}

describe('npm run backup', () => {
	it('copies the live database while answers are being written', async () => {
		server = await startServerProcess(dataDir);
		const { joinCode, questionId } = await startWithOpenQuestion({
			url: server.url,
			clients: sockets
		});
		const phones = await Promise.all(
			Array.from({ length: 40 }, () =>
				connect(
					{ url: server!.url, clients: sockets },
					{ role: 'participant', joinCode: joinCode!, participantId: newParticipantId() }
				)
			)
		);
		const answer = async (i: number) => {
			const ack = await send(phones[i]!.socket, 'answer:submit', {
				answerId: `backup-answer-${i}`,
				questionId,
				value: i % 11
			});
			expect(ack).toMatchObject({ ok: true });
			return `backup-answer-${i}`;
		};

		const before: string[] = [];
		for (let i = 0; i < 20; i++) before.push(await answer(i));
		// The backup starts now; the other twenty answers are written while it runs.
		const running = backup();
		const during = Promise.all(Array.from({ length: 20 }, (_, i) => answer(20 + i)));
		const { code, out } = await running;
		expect(await during).toHaveLength(20);
		expect(code, out).toBe(0);

		const written = /Backup written to (\S+)/.exec(out)?.[1];
		expect(written).toMatch(/\/backups\/forsta-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
		expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
		expect(statSync(written!).mode & 0o777).toBe(0o600);
		expect(out).toMatch(/Rows: .*answers \d+.*participants \d+.*sessions 1/);

		const copy = new Database(written!, { readonly: true, fileMustExist: true });
		try {
			expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
			const tables = copy
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
				.pluck()
				.all();
			expect(tables).toEqual(
				expect.arrayContaining(['sessions', 'participants', 'answers', 'courses', 'decks'])
			);
			const stored = copy.prepare('SELECT answer_id FROM answers').pluck().all() as string[];
			for (const id of before) expect(stored).toContain(id);
			expect(stored.length).toBeGreaterThanOrEqual(before.length);
			expect(copy.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(40);
		} finally {
			copy.close();
		}
	});

	it('writes to the file it is given, and never over an existing one', async () => {
		const file = join(dataDir, 'named', 'copy.sqlite');
		const first = await backup([file]);
		expect(first.code, first.out).toBe(0);
		expect(first.out).toContain(`Backup written to ${file}`);
		const again = await backup([file]);
		expect(again.code).toBe(1);
		expect(again.out).toContain('exists already');
	});

	it('with PostgreSQL prints the pg_dump command and touches no data', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'forsta-backup-pg-'));
		try {
			const { code, out } = await backup([], {
				DATABASE_URL: 'postgres://forsta@127.0.0.1:5432/forsta',
				DATA_DIR: empty
			});
			expect(code).toBe(0);
			expect(out).toContain('pg_dump --format=custom');
			expect(out).toContain('pg_restore');
			expect(existsSync(join(empty, 'backups'))).toBe(false);
		} finally {
			removeDir(empty);
		}
	});
});
