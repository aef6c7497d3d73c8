/** Old SQLite files upgraded in place, and the service's limit on join codes. */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/lib/live/machine';
import { SessionService } from '../../src/lib/server/sessions/service';
import { createSqliteStore } from '../../src/lib/server/store/sqlite/store';
import type { Store } from '../../src/lib/server/store/types';
import { fixtureDeck, removeDir } from '../support/live';

let dir: string;
let file: string;
let store: Store | undefined;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'forsta-store-'));
	file = join(dir, 'forsta.sqlite');
});
afterEach(async () => {
	await store?.close();
	store = undefined;
	removeDir(dir);
});

const count = (sql: string) => {
	const db = new Database(file, { readonly: true });
	try {
		return (db.prepare(sql).get() as { n: number }).n;
	} finally {
		db.close();
	}
};

describe('decks in the store', () => {
	// One copy per deck version: the store contract (src/lib/server/store/contract.ts).
	it('upgrades a file whose sessions carry their own deck copy, keeping every session and answer', async () => {
		const old = new Database(file);
		old.exec(`
			CREATE TABLE courses (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL);
			CREATE TABLE sessions (id TEXT PRIMARY KEY, join_code TEXT NOT NULL, deck_id TEXT NOT NULL,
				variant TEXT NOT NULL, deck_json TEXT NOT NULL, presenter_key_hash TEXT NOT NULL,
				screen_key_hash TEXT NOT NULL, state_json TEXT NOT NULL, seq INTEGER NOT NULL,
				phase TEXT NOT NULL, created_at INTEGER NOT NULL,
				course_id TEXT REFERENCES courses (id) ON DELETE SET NULL);
			CREATE TABLE participants (session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
				id TEXT NOT NULL, nickname TEXT NOT NULL, joined_at INTEGER NOT NULL, PRIMARY KEY (session_id, id));
			CREATE TABLE answers (session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
				question_id TEXT NOT NULL, participant_id TEXT NOT NULL, answer_id TEXT NOT NULL,
				value_json TEXT NOT NULL, status TEXT, flagged INTEGER NOT NULL DEFAULT 0,
				answered_at INTEGER NOT NULL, PRIMARY KEY (session_id, question_id, participant_id));`);
		const deckJson = JSON.stringify(fixtureDeck());
		const state = JSON.stringify({ ...initialState(), phase: 'live', slideIndex: 1 });
		const insert = old.prepare(
			`INSERT INTO sessions VALUES (?, ?, 'fixture', 'PIXI', ?, 'p', 's', ?, 1, 'live', ?, NULL)`
		);
		for (const [id, code] of [
			['session-one-aaaa', '111111'],
			['session-two-bbbb', '222222']
		])
			insert.run(id, code, deckJson, state, Date.now());
		old.exec(`INSERT INTO participants VALUES ('session-one-aaaa', 'phone-aaaaaaaaaaaa', 'Inger', 1);
			INSERT INTO answers VALUES ('session-one-aaaa', 'smerte', 'phone-aaaaaaaaaaaa', 'a1', '6', NULL, 0, 2);`);
		old.close();

		store = createSqliteStore(file);
		expect((await store.listSessions()).map((s) => s.id).sort()).toEqual([
			'session-one-aaaa',
			'session-two-bbbb'
		]);
		expect((await store.getSession('session-two-bbbb'))!.deckJson).toBe(deckJson);
		expect((await store.listAnswers('session-one-aaaa')).map((a) => a.value)).toEqual([6]);
		expect((await store.listParticipants('session-one-aaaa'))[0]!.nickname).toBe('Inger');
		expect(count('SELECT COUNT(*) AS n FROM decks')).toBe(1);
		expect(
			count("SELECT COUNT(*) AS n FROM pragma_table_info('sessions') WHERE name = 'deck_json'")
		).toBe(0);
		await store.close();
		// Opening the upgraded file again changes nothing.
		store = createSqliteStore(file);
		expect(await store.listSessions()).toHaveLength(2);
	});
});

describe('join codes', () => {
	it('fails with a clear error when no free code is found, instead of searching forever', async () => {
		store = createSqliteStore(':memory:');
		const taken = (await new SessionService(store).create(fixtureDeck())).session.record;
		const full: Store = { ...store, findSessionByCode: async () => taken };
		await expect(new SessionService(full).create(fixtureDeck())).rejects.toThrow(
			/no free join code/
		);
	});
});
