/**
 * The schema's numbered steps: a database made by an earlier version, of any shape, opens with
 * every session, participant, answer and code as it was; a new one gets the same schema.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/lib/live/machine';
import { sqliteMigrations } from '../../src/lib/server/store/migrations/sqlite';
import type { SqliteMigration } from '../../src/lib/server/store/migrations/sqlite/step';
import { migrateSqlite } from '../../src/lib/server/store/sqlite/migrate';
import { createSqliteStore } from '../../src/lib/server/store/sqlite/store';
import type { Store } from '../../src/lib/server/store/types';
import { fixtureDeck, removeDir } from '../support/live';
import { storeContents } from '../support/storeContents';

const FIXTURE = join(import.meta.dirname, '../fixtures/forsta-2026-12-01');

let dir: string;
let store: Store | undefined;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'forsta-migrations-'));
});
afterEach(async () => {
	await store?.close();
	store = undefined;
	removeDir(dir);
});

const noNewCodes = () => {
	throw new Error('a participant lost their re-entry code');
};

function withFile<T>(file: string, read: (db: Database.Database) => T): T {
	const db = new Database(file);
	try {
		return read(db);
	} finally {
		db.close();
	}
}

const recorded = (file: string) =>
	withFile(file, (db) =>
		db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()
	);

/** Tables with their columns, keys and indexes, as SQLite reports them (not as they were typed). */
function schemaOf(file: string) {
	return withFile(file, (db) => {
		const tables = db
			.prepare<[], { name: string }>(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
			)
			.all()
			.map((t) => t.name);
		return Object.fromEntries(
			tables.map((table) => [
				table,
				{
					columns: db.pragma(`table_info(${table})`),
					keys: db.pragma(`foreign_key_list(${table})`),
					indexes: db
						.prepare<[string], { name: string; sql: string | null }>(
							"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name"
						)
						.all(table)
						.map((index) => ({ ...index, sql: index.sql?.replace(/\s+/g, ' ') ?? null }))
				}
			])
		);
	});
}

function copyOfFixture(): string {
	const file = join(dir, 'forsta.sqlite');
	copyFileSync(`${FIXTURE}.sqlite`, file);
	return file;
}

describe('a database made before the schema had numbered steps', () => {
	const before = JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as Record<string, unknown>;

	it('keeps every session, participant, answer, code and login', async () => {
		const file = copyOfFixture();
		store = createSqliteStore(file);
		const { logins, ...contents } = before;
		expect(await storeContents(store, noNewCodes)).toEqual(contents);
		expect([await store.findLogin('a'.repeat(64))]).toEqual(logins);
		expect(recorded(file).map((step) => (step as { name: string }).name)).toEqual(
			sqliteMigrations.map((m) => m.name)
		);
	});

	it('changes nothing when opened again', async () => {
		const file = copyOfFixture();
		await createSqliteStore(file).close();
		const steps = recorded(file);
		store = createSqliteStore(file);
		const { logins: _logins, ...contents } = before;
		expect(await storeContents(store, noNewCodes)).toEqual(contents);
		expect(recorded(file)).toEqual(steps);
	});

	it('ends with the same schema as a new database', async () => {
		const file = copyOfFixture();
		await createSqliteStore(file).close();
		const fresh = join(dir, 'fresh.sqlite');
		await createSqliteStore(fresh).close();
		const { schema_migrations: _old, ...upgraded } = schemaOf(file);
		const { schema_migrations: _new, ...made } = schemaOf(fresh);
		expect(upgraded).toEqual(made);
		expect(Object.keys(made).sort()).toEqual([
			'answers',
			'courses',
			'decks',
			'participant_codes',
			'participants',
			'presenter_logins',
			'sessions'
		]);
	});
});

describe('older shapes', () => {
	it('upgrades the first shape: a deck copy in every session, answers as plain numbers', async () => {
		const file = join(dir, 'forsta.sqlite');
		withFile(file, (db) => {
			sqliteMigrations[0]!.up(db);
			db.prepare(
				`INSERT INTO sessions VALUES ('session-one-aaaa', '111111', 'fixture', 'PIXI', ?, 'p', 's', ?, 3, 'live', 5)`
			).run(JSON.stringify(fixtureDeck()), JSON.stringify({ ...initialState(), seq: 3 }));
			db.exec(`INSERT INTO participants VALUES ('session-one-aaaa', 'phone-aaaaaaaaaaaa', 'Inger', 1);
				INSERT INTO answers VALUES ('session-one-aaaa', 'smerte', 'phone-aaaaaaaaaaaa', 'answer-01', 7, 2);`);
		});
		store = createSqliteStore(file);
		const session = await store.getSession('session-one-aaaa');
		expect(JSON.parse(session!.deckJson)).toEqual(fixtureDeck());
		expect(session).toMatchObject({ courseId: null, joinCode: '111111', createdAt: 5 });
		expect(session!.state.seq).toBe(3);
		expect(await store.listAnswers('session-one-aaaa')).toEqual([
			{
				sessionId: 'session-one-aaaa',
				questionId: 'smerte',
				participantId: 'phone-aaaaaaaaaaaa',
				answerId: 'answer-01',
				value: 7,
				status: null,
				flagged: false,
				answeredAt: 2
			}
		]);
		expect((await store.listParticipants('session-one-aaaa'))[0]!.nickname).toBe('Inger');
		expect(await store.listCourses()).toEqual([]);
	});

	it('deletes a session with its participants and answers after the upgrade, as before', async () => {
		const file = copyOfFixture();
		store = createSqliteStore(file);
		const first = (await store.listSessions()).find((s) => s.state.phase === 'ended')!;
		expect((await store.listAnswers(first.id)).length).toBeGreaterThan(40);
		expect((await store.listParticipants(first.id)).length).toBe(4);
		await store.deleteSession(first.id);
		expect(await store.listAnswers(first.id)).toEqual([]);
		expect(await store.listParticipants(first.id)).toEqual([]);
	});
});

describe('the steps themselves', () => {
	it('each find what is already there, so running them all again changes nothing', async () => {
		const file = copyOfFixture();
		await createSqliteStore(file).close();
		const schema = schemaOf(file);
		withFile(file, (db) => db.exec('DELETE FROM schema_migrations'));
		store = createSqliteStore(file);
		const { logins: _logins, ...contents } = JSON.parse(
			readFileSync(`${FIXTURE}.json`, 'utf8')
		) as Record<string, unknown>;
		expect(await storeContents(store, noNewCodes)).toEqual(contents);
		expect(schemaOf(file)).toEqual(schema);
	});

	it('apply a failing step not at all, and record only those that succeeded', () => {
		const file = join(dir, 'forsta.sqlite');
		const failing: SqliteMigration[] = [
			{ version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE one (x)') },
			{
				version: 2,
				name: 'two',
				up: (db) => {
					db.exec('CREATE TABLE two (x)');
					throw new Error('the disk is full');
				}
			}
		];
		withFile(file, (db) => {
			expect(() => migrateSqlite(db, failing, () => 42)).toThrow(/the disk is full/);
			expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations').all()).toEqual([
				{ version: 1, name: 'one', applied_at: 42 }
			]);
			const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
			expect(tables.map((t) => (t as { name: string }).name)).not.toContain('two');
			expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		});
	});

	it('refuse to open a database that a newer version has upgraded, with a clear sentence', async () => {
		const file = copyOfFixture();
		await createSqliteStore(file).close();
		withFile(file, (db) =>
			db.exec("INSERT INTO schema_migrations VALUES (99, 'from-the-future', 1)")
		);
		expect(() => createSqliteStore(file)).toThrow(/newer version of Forstå \(schema step 99/);
	});
});
