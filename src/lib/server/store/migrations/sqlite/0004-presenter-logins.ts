import type { SqliteMigration } from './step';

/** Presenter logins: the hash of each cookie's token, never the token. */
export const presenterLogins: SqliteMigration = {
	version: 4,
	name: 'presenter-logins',
	up(db) {
		db.exec(`
			CREATE TABLE IF NOT EXISTS presenter_logins (
				token_hash TEXT PRIMARY KEY,
				password_tag TEXT NOT NULL,
				expires_at INTEGER NOT NULL
			);
		`);
	}
};
