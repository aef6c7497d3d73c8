import { deckHash } from '../../rows';
import { columnsOf, type SqliteMigration } from './step';

/**
 * Sessions used to carry their own copy of the deck (15–27 KB each). Each version now lives once
 * in `decks`, found by its hash; existing sessions are pointed at theirs and lose the copy.
 */
export const decksByHash: SqliteMigration = {
	version: 5,
	name: 'decks-by-hash',
	up(db) {
		db.exec('CREATE TABLE IF NOT EXISTS decks (hash TEXT PRIMARY KEY, deck_json TEXT NOT NULL)');
		if (!columnsOf(db, 'sessions').has('deck_json')) return;
		const insert = db.prepare(
			'INSERT INTO decks (hash, deck_json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING'
		);
		const copies = db.prepare<[], { deck_json: string }>('SELECT deck_json FROM sessions');
		for (const { deck_json } of copies.all()) insert.run(deckHash(deck_json), deck_json);
		db.function('deck_hash', { deterministic: true }, (json) => deckHash(String(json)));
		db.exec(`
			CREATE TABLE sessions_new (
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
			INSERT INTO sessions_new (id, join_code, deck_id, variant, deck_hash, presenter_key_hash,
					screen_key_hash, state_json, seq, phase, created_at, course_id)
				SELECT id, join_code, deck_id, variant, deck_hash(deck_json), presenter_key_hash,
					screen_key_hash, state_json, seq, phase, created_at, course_id FROM sessions;
			DROP TABLE sessions;
			ALTER TABLE sessions_new RENAME TO sessions;
			CREATE UNIQUE INDEX sessions_live_code ON sessions (join_code) WHERE phase <> 'ended';
		`);
	}
};
