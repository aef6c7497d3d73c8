import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../tests/support/database';
import type { StoreRef } from './messages';
import { openReader, storedAnswers } from './stored';

const TABLE = 'CREATE TABLE answers (session_id TEXT, answer_id TEXT, value_json TEXT)';
const rows = [
	['s1', 'a1'],
	['s1', 'a2'],
	['s2', 'a1']
] as const;

let dir: string;
let db: TestDatabase;
let other: TestDatabase;
const stores: Record<StoreRef['kind'], StoreRef> = {
	sqlite: { kind: 'sqlite', file: '' },
	postgres: { kind: 'postgres', url: '' }
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'forsta-bench-stored-'));
	const file = join(dir, 'answers.sqlite');
	const sqlite = new Database(file);
	sqlite.exec(TABLE);
	for (const [s, a] of rows) sqlite.prepare('INSERT INTO answers VALUES (?, ?, ?)').run(s, a, '3');
	sqlite.close();
	stores.sqlite = { kind: 'sqlite', file };
	db = await testDatabase();
	await db.query(TABLE);
	for (const [s, a] of rows) await db.query('INSERT INTO answers VALUES ($1, $2, $3)', [s, a, '3']);
	// Another schema's table of the same name must not be read.
	other = await testDatabase();
	await other.query(TABLE);
	await other.query("INSERT INTO answers VALUES ('s9', 'a9', '3')");
	stores.postgres = { kind: 'postgres', url: db.url };
});

afterAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	await db?.drop();
	await other?.drop();
});

describe.each(['sqlite', 'postgres'] as const)('the stored answers in %s', (kind) => {
	it('are every row, each as session and answer id', async () => {
		expect(await storedAnswers(stores[kind])).toEqual(new Set(['s1 a1', 's1 a2', 's2 a1']));
	});

	it('tell one answer apart from another session’s of the same id', async () => {
		const reader = await openReader(stores[kind]);
		try {
			expect(await reader.has({ sessionId: 's2', answerId: 'a1' })).toBe(true);
			expect(await reader.has({ sessionId: 's2', answerId: 'a2' })).toBe(false);
		} finally {
			await reader.close();
		}
	});
});
