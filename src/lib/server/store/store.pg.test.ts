/**
 * The store contract on PostgreSQL, in a schema of this file's own (emptied before each test),
 * and what only PostgreSQL does: several instances on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	testDatabase,
	TEST_DATABASE_URL,
	type TestDatabase
} from '../../../../tests/support/database';
import { freePort } from '../../../../tests/support/nginx';
import { StartupError } from '../startupError';
import { answer, session, storeContract } from './contract';
import { pgMigrations } from './migrations/pg';
import type { PgMigration } from './migrations/pg/step';
import { migratePg } from './pg/migrate';
import { createPool } from './pg/pool';
import { createPgStore } from './pg/store';
import { parsePgUrl } from './pg/url';
import type { Store } from './types';

let db: TestDatabase;
beforeAll(async () => {
	db = await testDatabase();
});
afterAll(() => db?.drop());

const TABLES = [
	'answers',
	'participants',
	'participant_codes',
	'sessions',
	'courses',
	'decks',
	'presenter_logins'
];

describe('the PostgreSQL store', () => {
	storeContract({
		async open() {
			const store = await createPgStore(db.url);
			await db.query(`TRUNCATE ${TABLES.join(', ')}`);
			return store;
		},
		another: () => createPgStore(db.url),
		async count(table) {
			return (await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${table}`)).rows[0]!.n;
		}
	});
});

describe('several instances on one database', () => {
	const opened: Store[] = [];
	afterAll(async () => {
		for (const store of opened) await store.close();
	});
	const open = async (url = db.url) => {
		const store = await createPgStore(url);
		opened.push(store);
		return store;
	};

	it('run a task of one name on one instance at a time', async () => {
		const [a, b] = [await open(), await open()];
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let started = false;
		const first = a.runExclusive('retention', async () => {
			started = true;
			await held;
			return 'a';
		});
		await expect.poll(() => started).toBe(true);
		const during = await Promise.all(
			Array.from({ length: 5 }, () => b.runExclusive('retention', async () => 'b'))
		);
		expect(during).toEqual([undefined, undefined, undefined, undefined, undefined]);
		expect(await b.runExclusive('another-job', async () => 'b')).toBe('b');
		release();
		expect(await first).toBe('a');
		expect(await b.runExclusive('retention', async () => 'b')).toBe('b');
	});

	it('migrate a new schema once when three start at the same moment', async () => {
		const fresh = await testDatabase();
		try {
			await fresh.query(`DROP SCHEMA ${fresh.schema}`);
			const three = await Promise.all([open(fresh.url), open(fresh.url), open(fresh.url)]);
			const steps = await fresh.query(
				'SELECT version, name FROM schema_migrations ORDER BY version'
			);
			expect(steps.rows).toEqual(pgMigrations.map(({ version, name }) => ({ version, name })));
			await three[0]!.createSession(session('shared'));
			expect((await three[2]!.getSession('shared'))?.id).toBe('shared');
			// Each schema is a database of its own.
			expect(await (await open()).getSession('shared')).toBeUndefined();
		} finally {
			await fresh.drop();
		}
	});

	it('apply a failing step not at all, and record only those that succeeded', async () => {
		const fresh = await testDatabase();
		const target = parsePgUrl(fresh.url);
		const pool = createPool(target);
		const failing: PgMigration[] = [
			{
				version: 1,
				name: 'one',
				up: async (c) => void (await c.query('CREATE TABLE one (x int)'))
			},
			{
				version: 2,
				name: 'two',
				up: async (c) => {
					await c.query('CREATE TABLE two (x int)');
					throw new Error('the disk is full');
				}
			}
		];
		try {
			await expect(migratePg(pool, target, failing, () => 42)).rejects.toThrow(/the disk is full/);
			const steps = await fresh.query(
				'SELECT version, name, applied_at::int AS applied_at FROM schema_migrations'
			);
			expect(steps.rows).toEqual([{ version: 1, name: 'one', applied_at: 42 }]);
			const two = await fresh.query("SELECT to_regclass('two') AS t");
			expect(two.rows[0]).toEqual({ t: null });
		} finally {
			await pool.end();
			await fresh.drop();
		}
	});

	it('refuse a schema that a newer version has upgraded, in one sentence', async () => {
		const fresh = await testDatabase();
		try {
			await (await createPgStore(fresh.url)).close();
			await fresh.query("INSERT INTO schema_migrations VALUES (99, 'from-the-future', 1)");
			const refused = createPgStore(fresh.url);
			await expect(refused).rejects.toBeInstanceOf(StartupError);
			await expect(refused).rejects.toThrow(/newer version of Forstå \(schema step 99/);
		} finally {
			await fresh.drop();
		}
	});
});

describe('purge on PostgreSQL', () => {
	it('vacuums the tables of health data, leaving no dead row of what was deleted', async () => {
		const store = await createPgStore(db.url);
		try {
			const stats = async () =>
				(
					await db.query<{ relname: string; vacuumed: boolean; dead: number }>(
						`SELECT relname, last_vacuum IS NOT NULL AS vacuumed, n_dead_tup::int AS dead
						 FROM pg_stat_user_tables WHERE schemaname = $1
						 AND relname IN ('answers', 'participants', 'sessions') ORDER BY relname`,
						[db.schema]
					)
				).rows;
			const before = new Date();
			await store.createSession(session('purged'));
			await store.upsertParticipant({ sessionId: 'purged', id: 'p', nickname: 'P', joinedAt: 1 });
			const secret = answer('purged', 'p', {
				questionId: 'goal',
				value: 'GOAL-PG-5e1f',
				status: 'pending'
			});
			await store.saveAnswer(secret);
			await store.deleteSession('purged');
			await store.purge();
			const found = await db.query("SELECT 1 FROM answers WHERE value_json LIKE '%GOAL-PG-5e1f%'");
			expect(found.rowCount).toBe(0);
			expect(await stats()).toEqual([
				{ relname: 'answers', vacuumed: true, dead: 0 },
				{ relname: 'participants', vacuumed: true, dead: 0 },
				{ relname: 'sessions', vacuumed: true, dead: 0 }
			]);
			const last = await db.query<{ at: Date }>(
				`SELECT min(last_vacuum) AS at FROM pg_stat_user_tables WHERE schemaname = $1
				 AND relname IN ('answers', 'participants', 'sessions')`,
				[db.schema]
			);
			expect(last.rows[0]!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
		} finally {
			await store.close();
		}
	});
});

describe('a PostgreSQL that cannot be used', () => {
	it('stops the start with one line naming DATABASE_URL, without the password', async () => {
		const port = await freePort();
		const url = `postgres://forsta:hemmelig-kode@127.0.0.1:${port}/forsta`;
		const error = await createPgStore(url).then(
			() => undefined,
			(failure: unknown) => failure
		);
		expect(error).toBeInstanceOf(StartupError);
		const message = (error as Error).message;
		expect(message).toMatch(
			new RegExp(
				`^The PostgreSQL database 127\\.0\\.0\\.1:${port}/forsta \\(DATABASE_URL\\) cannot be used \\(.*ECONNREFUSED`
			)
		);
		expect(message).not.toContain('hemmelig');
		expect(message).not.toContain('\n');
	});

	it('is named with the URL the tests use', () => {
		expect(parsePgUrl(TEST_DATABASE_URL).schema).toBe('public');
	});
});
