import type { SqliteMigration } from './step';

/** The first shape: sessions carrying their own deck, answers as whole numbers. */
export const initial: SqliteMigration = {
	version: 1,
	name: 'initial',
	up(db) {
		db.exec(`
			CREATE TABLE IF NOT EXISTS sessions (
				id TEXT PRIMARY KEY,
				join_code TEXT NOT NULL,
				deck_id TEXT NOT NULL,
				variant TEXT NOT NULL,
				deck_json TEXT NOT NULL,
				presenter_key_hash TEXT NOT NULL,
				screen_key_hash TEXT NOT NULL,
				state_json TEXT NOT NULL,
				seq INTEGER NOT NULL,
				phase TEXT NOT NULL,
				created_at INTEGER NOT NULL
			);
			CREATE UNIQUE INDEX IF NOT EXISTS sessions_live_code ON sessions (join_code) WHERE phase <> 'ended';
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
				value INTEGER NOT NULL,
				answered_at INTEGER NOT NULL,
				PRIMARY KEY (session_id, question_id, participant_id)
			);
		`);
	}
};
