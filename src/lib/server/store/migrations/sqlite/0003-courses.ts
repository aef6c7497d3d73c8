import { columnsOf, type SqliteMigration } from './step';

/** Courses (forløb) of several sessions, and each participant's personal re-entry code. */
export const courses: SqliteMigration = {
	version: 3,
	name: 'courses',
	up(db) {
		db.exec(`
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
		`);
		if (!columnsOf(db, 'sessions').has('course_id'))
			db.exec(
				'ALTER TABLE sessions ADD COLUMN course_id TEXT REFERENCES courses (id) ON DELETE SET NULL'
			);
	}
};
