import { columnsOf, type SqliteMigration } from './step';

/**
 * Answers of every question type: the value as JSON, and for text the moderation status and
 * the language filter's flag. Whole-number answers are carried over as they were.
 */
export const answersAsJson: SqliteMigration = {
	version: 2,
	name: 'answers-as-json',
	up(db) {
		if (!columnsOf(db, 'answers').has('value_json')) {
			db.exec(`
				CREATE TABLE answers_new (
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
				INSERT INTO answers_new (session_id, question_id, participant_id, answer_id, value_json, status, flagged, answered_at)
					SELECT session_id, question_id, participant_id, answer_id, CAST(value AS TEXT), NULL, 0, answered_at FROM answers;
				DROP TABLE answers;
				ALTER TABLE answers_new RENAME TO answers;
			`);
		}
		db.exec('CREATE INDEX IF NOT EXISTS answers_by_id ON answers (session_id, answer_id)');
	}
};
