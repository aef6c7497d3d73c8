/** Every statement the SQLite store runs, prepared once when the file is opened. */
import type Database from 'better-sqlite3';
import type { AnswerRow, CourseRow, LoginRow, ParticipantRow, SessionRow } from '../rows';

/** Sessions with the deck they run; the deck text lives once in `decks`. */
const WITH_DECK = 'SELECT s.*, d.deck_json FROM sessions s JOIN decks d ON d.hash = s.deck_hash';

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
	return {
		insertDeck: db.prepare(
			'INSERT INTO decks (hash, deck_json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING'
		),
		insertSession: db.prepare(
			`INSERT INTO sessions (id, join_code, deck_id, variant, deck_hash, presenter_key_hash, screen_key_hash, state_json, seq, phase, created_at, course_id)
			 VALUES (@id, @joinCode, @deckId, @variant, @deckHash, @presenterKeyHash, @screenKeyHash, @stateJson, @seq, @phase, @createdAt, @courseId)`
		),
		getSession: db.prepare<[string], SessionRow>(`${WITH_DECK} WHERE s.id = ?`),
		byCode: db.prepare<[string], SessionRow>(
			`${WITH_DECK} WHERE s.join_code = ? ORDER BY s.phase <> 'ended' DESC, s.created_at DESC LIMIT 1`
		),
		// A deck version outlives no session: once its last session is gone, so is the copy.
		orphanDecks: db.prepare('DELETE FROM decks WHERE hash NOT IN (SELECT deck_hash FROM sessions)'),
		saveState: db.prepare(
			'UPDATE sessions SET state_json = @stateJson, seq = @seq, phase = @phase WHERE id = @id AND seq = @expectedSeq'
		),
		upsertParticipant: db.prepare(
			`INSERT INTO participants (session_id, id, nickname, joined_at) VALUES (@sessionId, @id, @nickname, @joinedAt)
			 ON CONFLICT (session_id, id) DO UPDATE SET nickname = excluded.nickname`
		),
		participants: db.prepare<[string], ParticipantRow>(
			'SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, id'
		),
		hasParticipant: db.prepare<[string, string], { found: number }>(
			'SELECT 1 AS found FROM participants WHERE session_id = ? AND id = ?'
		),
		seqOf: db.prepare<[string], { seq: number }>('SELECT seq FROM sessions WHERE id = ?'),
		answer: db.prepare<[string, string, string], AnswerRow>(
			'SELECT * FROM answers WHERE session_id = ? AND question_id = ? AND participant_id = ?'
		),
		upsertAnswer: db.prepare(
			`INSERT INTO answers (session_id, question_id, participant_id, answer_id, value_json, status, flagged, answered_at)
			 VALUES (@sessionId, @questionId, @participantId, @answerId, @valueJson, @status, @flagged, @answeredAt)
			 ON CONFLICT (session_id, question_id, participant_id)
			 DO UPDATE SET answer_id = excluded.answer_id, value_json = excluded.value_json, status = excluded.status,
			   flagged = excluded.flagged, answered_at = excluded.answered_at`
		),
		answers: db.prepare<[string], AnswerRow>(
			'SELECT * FROM answers WHERE session_id = ? ORDER BY answered_at'
		),
		answersFor: db.prepare<[string, string], AnswerRow>(
			'SELECT * FROM answers WHERE session_id = ? AND question_id = ? ORDER BY answered_at'
		),
		deleteAnswers: db.prepare('DELETE FROM answers WHERE session_id = ? AND question_id = ?'),
		sessions: db.prepare<[], SessionRow & { participants: number }>(
			`SELECT s.*, '' AS deck_json, (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants
			 FROM sessions s ORDER BY s.created_at DESC`
		),
		deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
		// A code outlives no participant: once all of a person's sessions are gone, so is the code.
		// A course outlives the retention period only while it still has a session.
		emptyCourses: db.prepare(
			'DELETE FROM courses WHERE created_at < ? AND id NOT IN (SELECT course_id FROM sessions WHERE course_id IS NOT NULL)'
		),
		orphanCodes: db.prepare(
			'DELETE FROM participant_codes WHERE participant_id NOT IN (SELECT id FROM participants)'
		),
		insertCourse: db.prepare(
			'INSERT INTO courses (id, name, created_at) VALUES (@id, @name, @createdAt)'
		),
		courses: db.prepare<[], CourseRow>('SELECT * FROM courses ORDER BY created_at DESC'),
		course: db.prepare<[string], CourseRow>('SELECT * FROM courses WHERE id = ?'),
		courseSessions: db.prepare<[string], SessionRow>(
			`${WITH_DECK} WHERE s.course_id = ? ORDER BY s.created_at, s.id`
		),
		participantSessions: db.prepare<[string], SessionRow>(
			`${WITH_DECK} JOIN participants p ON p.session_id = s.id WHERE p.id = ? ORDER BY s.created_at DESC`
		),
		codeOf: db.prepare<[string], { code: string }>(
			'SELECT code FROM participant_codes WHERE participant_id = ?'
		),
		participantByCode: db.prepare<[string], { participant_id: string }>(
			'SELECT participant_id FROM participant_codes WHERE code = ?'
		),
		insertCode: db.prepare(
			'INSERT INTO participant_codes (participant_id, code, created_at) VALUES (?, ?, ?)'
		),
		expired: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE created_at < ?'),
		idle: db.prepare<[number], { id: string }>(
			"SELECT id FROM sessions WHERE created_at < ? AND phase = 'lobby'"
		),
		forgetAnswers: db.prepare('DELETE FROM answers WHERE session_id = ? AND participant_id = ?'),
		forgetParticipant: db.prepare('DELETE FROM participants WHERE session_id = ? AND id = ?'),
		ensureParticipant: db.prepare(
			'INSERT INTO participants (session_id, id, nickname, joined_at) VALUES (@sessionId, @id, @nickname, @joinedAt) ON CONFLICT DO NOTHING'
		),
		insertLogin: db.prepare(
			'INSERT INTO presenter_logins (token_hash, password_tag, expires_at) VALUES (@tokenHash, @passwordTag, @expiresAt)'
		),
		login: db.prepare<[string], LoginRow>('SELECT * FROM presenter_logins WHERE token_hash = ?'),
		purgeLogins: db.prepare(
			'DELETE FROM presenter_logins WHERE expires_at <= @now OR (@tag IS NOT NULL AND password_tag <> @tag)'
		),
		setStatus: db.prepare(
			'UPDATE answers SET status = ? WHERE session_id = ? AND answer_id = ? AND status IS NOT NULL'
		)
	};
}
