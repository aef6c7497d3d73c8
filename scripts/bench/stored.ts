/** What a server's SQLite file holds after it was killed: the answers that survived. */
import Database from 'better-sqlite3';
import type { SentAnswer } from './messages';

export const answerKey = (a: SentAnswer) => `${a.sessionId} ${a.answerId}`;

/** Both servers keep answers in a table `answers` with `session_id` and `answer_id`. */
export function storedAnswers(file: string): Set<string> {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		const rows = db
			.prepare<[], { session_id: string; answer_id: string }>(
				'SELECT session_id, answer_id FROM answers'
			)
			.all();
		return new Set(rows.map((r) => answerKey({ sessionId: r.session_id, answerId: r.answer_id })));
	} finally {
		db.close();
	}
}
