/**
 * The SQLite schema and the in-place upgrades of files made by earlier versions. Each upgrade
 * checks whether it is needed, so opening a file twice changes nothing the second time.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS decks (
	hash TEXT PRIMARY KEY,
	deck_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
	id TEXT PRIMARY KEY,
	join_code TEXT NOT NULL,
	deck_id TEXT NOT NULL,
	variant TEXT NOT NULL,
	deck_hash TEXT NOT NULL REFERENCES decks (hash),
	presenter_key_hash TEXT NOT NULL,
	screen_key_hash TEXT NOT NULL,
	state_json TEXT NOT NULL,
	seq INTEGER NOT NULL,
	phase TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	course_id TEXT REFERENCES courses (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_live_code ON sessions (join_code) WHERE phase <> 'ended';
CREATE TABLE IF NOT EXISTS courses (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participant_codes (
	participant_id TEXT PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
	session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	id TEXT NOT NULL,
	nickname TEXT NOT NULL,
	joined_at INTEGER NOT NULL,
	PRIMARY KEY (session_id, id)
);
CREATE TABLE IF NOT EXISTS answers (
	session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL,
	participant_id TEXT NOT NULL,
	answer_id TEXT NOT NULL,
	value_json TEXT NOT NULL,
	status TEXT,
	flagged INTEGER NOT NULL DEFAULT 0,
	answered_at INTEGER NOT NULL,
	PRIMARY KEY (session_id, question_id, participant_id)
);
CREATE INDEX IF NOT EXISTS answers_by_id ON answers (session_id, answer_id);
CREATE TABLE IF NOT EXISTS presenter_logins (
	token_hash TEXT PRIMARY KEY,
	password_tag TEXT NOT NULL,
	expires_at INTEGER NOT NULL
);
`;

export function migrate(db: Database.Database): void {
	migrateAnswersToJson(db);
	addCourseColumn(db);
	db.exec(SCHEMA);
	moveDecksToOwnTable(db);
}

export function deckHash(deckJson: string): string {
	return createHash('sha256').update(deckJson).digest('hex');
}

/** Databases made before answers could be text kept a numeric `value`; carry them over once. */
function migrateAnswersToJson(db: Database.Database): void {
	const columns = db
		.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('answers')")
		.all();
	if (columns.length === 0 || columns.some((c) => c.name === 'value_json')) return;
	db.transaction(() => {
		db.exec('ALTER TABLE answers RENAME TO answers_v1');
		db.exec(SCHEMA);
		db.exec(`INSERT INTO answers (session_id, question_id, participant_id, answer_id, value_json, status, flagged, answered_at)
			SELECT session_id, question_id, participant_id, answer_id, CAST(value AS TEXT), NULL, 0, answered_at FROM answers_v1`);
		db.exec('DROP TABLE answers_v1');
	})();
}

/** Sessions from before courses existed get the column, empty. */
function addCourseColumn(db: Database.Database): void {
	const columns = db
		.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')")
		.all();
	if (columns.length === 0 || columns.some((c) => c.name === 'course_id')) return;
	db.exec(
		'CREATE TABLE IF NOT EXISTS courses (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)'
	);
	db.exec(
		'ALTER TABLE sessions ADD COLUMN course_id TEXT REFERENCES courses (id) ON DELETE SET NULL'
	);
}

/**
 * Sessions used to carry their own copy of the deck (15–27 KB each). Each version now lives once
 * in `decks`, found by its hash; existing sessions are pointed at theirs and lose the copy.
 */
function moveDecksToOwnTable(db: Database.Database): void {
	const columns = db
		.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')")
		.all();
	if (!columns.some((c) => c.name === 'deck_json')) return;
	db.transaction(() => {
		if (!columns.some((c) => c.name === 'deck_hash'))
			db.exec('ALTER TABLE sessions ADD COLUMN deck_hash TEXT REFERENCES decks (hash)');
		const rows = db
			.prepare<[], { id: string; deck_json: string }>('SELECT id, deck_json FROM sessions')
			.all();
		const insert = db.prepare(
			'INSERT INTO decks (hash, deck_json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING'
		);
		const point = db.prepare('UPDATE sessions SET deck_hash = ? WHERE id = ?');
		for (const row of rows) {
			const hash = deckHash(row.deck_json);
			insert.run(hash, row.deck_json);
			point.run(hash, row.id);
		}
		db.exec('ALTER TABLE sessions DROP COLUMN deck_json');
	})();
}

/**
 * Free pages can only be handed back if the file was made with auto_vacuum; a file from before
 * gets it with one full VACUUM, which also wipes whatever earlier deletes left in free space.
 */
export function useIncrementalVacuum(db: Database.Database): void {
	const INCREMENTAL = 2;
	if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return;
	db.pragma('auto_vacuum = INCREMENTAL');
	db.exec('VACUUM');
}
