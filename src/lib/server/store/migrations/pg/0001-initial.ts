import type { PgMigration } from './step';

/**
 * The schema as SQLite's five steps leave it: each deck version once, under its hash; answers of
 * every type as JSON text (kept as written, so a deck or state reads back byte for byte); times in
 * milliseconds since 1970.
 */
export const initial: PgMigration = {
	version: 1,
	name: 'initial',
	async up(client) {
		await client.query(`
			CREATE TABLE decks (hash TEXT PRIMARY KEY, deck_json TEXT NOT NULL);
			CREATE TABLE courses (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL);
			CREATE TABLE sessions (
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
				created_at BIGINT NOT NULL,
				course_id TEXT REFERENCES courses (id) ON DELETE SET NULL
			);
			CREATE UNIQUE INDEX sessions_live_code ON sessions (join_code) WHERE phase <> 'ended';
			CREATE INDEX sessions_by_created ON sessions (created_at);
			CREATE INDEX sessions_by_course ON sessions (course_id);
			CREATE INDEX sessions_by_deck ON sessions (deck_hash);
			CREATE TABLE participants (
				session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
				id TEXT NOT NULL,
				nickname TEXT NOT NULL,
				joined_at BIGINT NOT NULL,
				PRIMARY KEY (session_id, id)
			);
			CREATE INDEX participants_by_id ON participants (id);
			CREATE TABLE answers (
				session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
				question_id TEXT NOT NULL,
				participant_id TEXT NOT NULL,
				answer_id TEXT NOT NULL,
				value_json TEXT NOT NULL,
				status TEXT,
				flagged BOOLEAN NOT NULL DEFAULT false,
				answered_at BIGINT NOT NULL,
				PRIMARY KEY (session_id, question_id, participant_id)
			);
			CREATE INDEX answers_by_id ON answers (session_id, answer_id);
			CREATE TABLE participant_codes (
				participant_id TEXT PRIMARY KEY,
				code TEXT NOT NULL UNIQUE,
				created_at BIGINT NOT NULL
			);
			CREATE TABLE presenter_logins (
				token_hash TEXT PRIMARY KEY,
				password_tag TEXT NOT NULL,
				expires_at BIGINT NOT NULL
			);
		`);
	}
};
