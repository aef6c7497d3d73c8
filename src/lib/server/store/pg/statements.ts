/** The SQL the PostgreSQL store runs; the same statements as SQLite's, in PostgreSQL's dialect. */

/** Sessions with the deck they run; the deck text lives once in `decks`. */
const WITH_DECK = 'SELECT s.*, d.deck_json FROM sessions s JOIN decks d ON d.hash = s.deck_hash';

export const sql = {
	// Locks an existing row of the deck until the session is in, so a concurrent clean-up of
	// orphan decks cannot remove it in between.
	insertDeck:
		'INSERT INTO decks (hash, deck_json) VALUES ($1, $2) ON CONFLICT (hash) DO UPDATE SET deck_json = excluded.deck_json',
	insertSession: `INSERT INTO sessions (id, join_code, deck_id, variant, deck_hash, presenter_key_hash, screen_key_hash, state_json, seq, phase, created_at, course_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
	getSession: `${WITH_DECK} WHERE s.id = $1`,
	byCode: `${WITH_DECK} WHERE s.join_code = $1 ORDER BY s.phase <> 'ended' DESC, s.created_at DESC LIMIT 1`,
	orphanDecks:
		'DELETE FROM decks d WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.deck_hash = d.hash)',
	saveState: 'UPDATE sessions SET state_json = $2, seq = $3, phase = $4 WHERE id = $1 AND seq = $5',
	upsertParticipant: `INSERT INTO participants (session_id, id, nickname, joined_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (session_id, id) DO UPDATE SET nickname = excluded.nickname`,
	ensureParticipant:
		'INSERT INTO participants (session_id, id, nickname, joined_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
	hasParticipant: 'SELECT 1 FROM participants WHERE session_id = $1 AND id = $2',
	participants: 'SELECT * FROM participants WHERE session_id = $1 ORDER BY joined_at, id',
	answer:
		'SELECT * FROM answers WHERE session_id = $1 AND question_id = $2 AND participant_id = $3',
	// One statement decides insert, replace or duplicate, so callers racing with the same answer
	// (a phone retrying through another instance) store it once: the second waits for the first's
	// row, then finds its own answerId there and returns nothing.
	// $9: the state's sequence number the answer was judged against, or null for none. The
	// session's row is share-locked, so a state change waits for this answer, or this answer sees it.
	upsertAnswer: `INSERT INTO answers (session_id, question_id, participant_id, answer_id, value_json, status, flagged, answered_at)
		SELECT $1, $2, $3, $4, $5, $6, $7, $8
		WHERE $9::bigint IS NULL OR EXISTS (SELECT 1 FROM sessions WHERE id = $1 AND seq = $9::bigint FOR SHARE)
		ON CONFLICT (session_id, question_id, participant_id)
		DO UPDATE SET answer_id = excluded.answer_id, value_json = excluded.value_json, status = excluded.status,
		  flagged = excluded.flagged, answered_at = excluded.answered_at
		WHERE answers.answer_id <> excluded.answer_id
		RETURNING 1`,
	answers: 'SELECT * FROM answers WHERE session_id = $1 ORDER BY answered_at',
	answersFor:
		'SELECT * FROM answers WHERE session_id = $1 AND question_id = $2 ORDER BY answered_at',
	deleteAnswers: 'DELETE FROM answers WHERE session_id = $1 AND question_id = $2',
	setStatus:
		'UPDATE answers SET status = $3 WHERE session_id = $1 AND answer_id = $2 AND status IS NOT NULL',
	sessions: `SELECT s.*, '' AS deck_json, (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants
		FROM sessions s ORDER BY s.created_at DESC`,
	deleteSession: 'DELETE FROM sessions WHERE id = $1',
	expired: 'DELETE FROM sessions WHERE created_at < $1 RETURNING id',
	idle: "DELETE FROM sessions WHERE created_at < $1 AND phase = 'lobby' RETURNING id",
	// A code outlives no participant; a course outlives the retention period only while it still
	// has a session.
	orphanCodes:
		'DELETE FROM participant_codes c WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.id = c.participant_id)',
	emptyCourses:
		'DELETE FROM courses c WHERE created_at < $1 AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.course_id = c.id)',
	insertCourse: 'INSERT INTO courses (id, name, created_at) VALUES ($1, $2, $3)',
	courses: 'SELECT * FROM courses ORDER BY created_at DESC',
	course: 'SELECT * FROM courses WHERE id = $1',
	courseSessions: `${WITH_DECK} WHERE s.course_id = $1 ORDER BY s.created_at, s.id`,
	participantSessions: `${WITH_DECK} JOIN participants p ON p.session_id = s.id WHERE p.id = $1 ORDER BY s.created_at DESC`,
	codeOf: 'SELECT code FROM participant_codes WHERE participant_id = $1',
	participantByCode: 'SELECT participant_id FROM participant_codes WHERE code = $1',
	insertCode:
		'INSERT INTO participant_codes (participant_id, code, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
	forgetAnswers: 'DELETE FROM answers WHERE session_id = $1 AND participant_id = $2',
	forgetParticipant: 'DELETE FROM participants WHERE session_id = $1 AND id = $2',
	insertLogin:
		'INSERT INTO presenter_logins (token_hash, password_tag, expires_at) VALUES ($1, $2, $3)',
	login: 'SELECT * FROM presenter_logins WHERE token_hash = $1',
	purgeLogins:
		'DELETE FROM presenter_logins WHERE expires_at <= $1 OR ($2::text IS NOT NULL AND password_tag <> $2)'
} as const;
