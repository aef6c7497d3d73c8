import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
	AnswerRecord,
	ParticipantRecord,
	SaveAnswerResult,
	SessionRecord,
	Store
} from './types';
import type { LiveState } from '../../live/types';
import type { AnswerValue } from '../../questions/values';
import { StartupError } from '../startupError';
import { deckHash, migrate, useIncrementalVacuum } from './sqliteMigrations';

/** Sessions with the deck they run; the deck text lives once in `decks`. */
const WITH_DECK = 'SELECT s.*, d.deck_json FROM sessions s JOIN decks d ON d.hash = s.deck_hash';

type SessionRow = {
	id: string;
	join_code: string;
	deck_id: string;
	variant: string;
	deck_json: string;
	deck_hash: string;
	presenter_key_hash: string;
	screen_key_hash: string;
	state_json: string;
	created_at: number;
	course_id: string | null;
};
type AnswerRow = {
	session_id: string;
	question_id: string;
	participant_id: string;
	answer_id: string;
	value_json: string;
	status: string | null;
	flagged: number;
	answered_at: number;
};

/**
 * better-sqlite3 is synchronous: when a method returns, the transaction is committed. WAL with
 * synchronous=FULL makes every commit survive a killed process and a power cut, which is what an
 * acknowledged health answer promises; the cost is one fsync per answer, well within budget.
 */
export function createSqliteStore(file: string): Store {
	const db = openDatabase(file);

	const q = {
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
		participants: db.prepare<
			[string],
			{ session_id: string; id: string; nickname: string; joined_at: number }
		>('SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, id'),
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
		courses: db.prepare<[], { id: string; name: string; created_at: number }>(
			'SELECT * FROM courses ORDER BY created_at DESC'
		),
		course: db.prepare<[string], { id: string; name: string; created_at: number }>(
			'SELECT * FROM courses WHERE id = ?'
		),
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
		login: db.prepare<[string], { token_hash: string; password_tag: string; expires_at: number }>(
			'SELECT * FROM presenter_logins WHERE token_hash = ?'
		),
		purgeLogins: db.prepare(
			'DELETE FROM presenter_logins WHERE expires_at <= @now OR (@tag IS NOT NULL AND password_tag <> @tag)'
		),
		setStatus: db.prepare(
			'UPDATE answers SET status = ? WHERE session_id = ? AND answer_id = ? AND status IS NOT NULL'
		)
	};

	const saveAnswer = db.transaction((answer: AnswerRecord): SaveAnswerResult => {
		const existing = q.answer.get(answer.sessionId, answer.questionId, answer.participantId);
		if (existing && existing.answer_id === answer.answerId) {
			return { answer: toAnswer(existing), duplicate: true };
		}
		q.upsertAnswer.run({
			...answer,
			valueJson: JSON.stringify(answer.value),
			flagged: answer.flagged ? 1 : 0
		});
		return { answer, duplicate: false };
	});

	return {
		async createSession(s) {
			// Each deck version is kept once, however many sessions run it.
			const hash = deckHash(s.deckJson);
			db.transaction(() => {
				q.insertDeck.run(hash, s.deckJson);
				q.insertSession.run({
					...s,
					deckHash: hash,
					stateJson: JSON.stringify(s.state),
					seq: s.state.seq,
					phase: s.state.phase
				});
			})();
		},
		async getSession(id) {
			const row = q.getSession.get(id);
			return row && toSession(row);
		},
		async findSessionByCode(code) {
			const row = q.byCode.get(code);
			return row && toSession(row);
		},
		async saveState(id: string, state: LiveState, expectedSeq: number) {
			const result = q.saveState.run({
				id,
				stateJson: JSON.stringify(state),
				seq: state.seq,
				phase: state.phase,
				expectedSeq
			});
			return result.changes === 1;
		},
		async upsertParticipant(p: ParticipantRecord) {
			q.upsertParticipant.run(p);
		},
		async ensureParticipant(p) {
			q.ensureParticipant.run(p);
		},
		async listParticipants(sessionId) {
			return q.participants.all(sessionId).map((r) => ({
				sessionId: r.session_id,
				id: r.id,
				nickname: r.nickname,
				joinedAt: r.joined_at
			}));
		},
		async saveAnswer(answer) {
			return saveAnswer(answer);
		},
		async getAnswer(sessionId, questionId, participantId) {
			const row = q.answer.get(sessionId, questionId, participantId);
			return row && toAnswer(row);
		},
		async listAnswers(sessionId, questionId) {
			const rows = questionId ? q.answersFor.all(sessionId, questionId) : q.answers.all(sessionId);
			return rows.map(toAnswer);
		},
		async deleteAnswers(sessionId, questionId) {
			q.deleteAnswers.run(sessionId, questionId);
		},
		async setAnswerStatus(sessionId, answerId, status) {
			return q.setStatus.run(status, sessionId, answerId).changes > 0;
		},
		async listSessions() {
			return q.sessions.all().map((row) => {
				const {
					deckJson: _deck,
					presenterKeyHash: _p,
					screenKeyHash: _s,
					...summary
				} = toSession(row);
				return { ...summary, participants: row.participants };
			});
		},
		async deleteSession(id) {
			return db.transaction(() => {
				const deleted = q.deleteSession.run(id).changes > 0;
				q.orphanCodes.run();
				q.orphanDecks.run();
				return deleted;
			})();
		},
		async createCourse(course) {
			q.insertCourse.run(course);
		},
		async listCourses() {
			return q.courses.all().map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
		},
		async getCourse(id) {
			const r = q.course.get(id);
			return r && { id: r.id, name: r.name, createdAt: r.created_at };
		},
		async listCourseSessions(courseId) {
			return q.courseSessions.all(courseId).map(toSession);
		},
		async listParticipantSessions(participantId) {
			return q.participantSessions.all(participantId).map(toSession);
		},
		async reentryCode(participantId, makeCode) {
			return db.transaction(() => {
				const existing = q.codeOf.get(participantId);
				if (existing) return existing.code;
				for (;;) {
					const code = makeCode();
					if (q.participantByCode.get(code)) continue;
					q.insertCode.run(participantId, code, Date.now());
					return code;
				}
			})();
		},
		async findParticipantByCode(code) {
			return q.participantByCode.get(code)?.participant_id;
		},
		async deleteSessionsBefore(createdBefore, onlyInLobby = false) {
			return db.transaction(() => {
				const ids = (onlyInLobby ? q.idle : q.expired).all(createdBefore).map((r) => r.id);
				for (const id of ids) q.deleteSession.run(id);
				q.orphanCodes.run();
				q.orphanDecks.run();
				if (!onlyInLobby) q.emptyCourses.run(createdBefore);
				return ids;
			})();
		},
		async forgetParticipant(sessionId, participantId) {
			db.transaction(() => {
				q.forgetAnswers.run(sessionId, participantId);
				q.forgetParticipant.run(sessionId, participantId);
				q.orphanCodes.run();
			})();
		},
		async saveLogin(login) {
			q.insertLogin.run(login);
		},
		async findLogin(tokenHash) {
			const r = q.login.get(tokenHash);
			return r && { tokenHash: r.token_hash, passwordTag: r.password_tag, expiresAt: r.expires_at };
		},
		async purgeLogins(now, keepPasswordTag) {
			q.purgeLogins.run({ now, tag: keepPasswordTag });
		},
		async purge() {
			// The WAL still holds the pages as they were before the delete: fold it into the file
			// and empty it, then give the zeroed free pages back.
			db.pragma('wal_checkpoint(TRUNCATE)');
			db.pragma('incremental_vacuum');
			db.pragma('wal_checkpoint(TRUNCATE)');
		},
		async close() {
			db.close();
		}
	};
}

/**
 * Opens, checks and upgrades the file. A damaged, unreadable or read-only file stops the start
 * with one clear sentence rather than failing later in the middle of a class.
 */
function openDatabase(file: string): Database.Database {
	let db: Database.Database | undefined;
	try {
		if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
		db = new Database(file);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = FULL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		// Deleted health data must not linger in free space: deleted cells and free pages are
		// zeroed, and `purge` hands free pages back to the file system.
		db.pragma('secure_delete = ON');
		const check = db.pragma('quick_check', { simple: true });
		if (check !== 'ok') throw new Error(`the integrity check found: ${String(check)}`);
		db.exec('BEGIN IMMEDIATE; ROLLBACK');
		useIncrementalVacuum(db);
		migrate(db);
		return db;
	} catch (error) {
		db?.close();
		const reason = error instanceof Error ? error.message : String(error);
		throw new StartupError(
			`The database ${file} cannot be used (${reason}). Check that it is writable, or restore it from a backup or move it away to start with an empty one.`
		);
	}
}

function toSession(row: SessionRow): SessionRecord {
	return {
		id: row.id,
		joinCode: row.join_code,
		deckId: row.deck_id,
		variant: row.variant,
		deckJson: row.deck_json,
		presenterKeyHash: row.presenter_key_hash,
		screenKeyHash: row.screen_key_hash,
		state: JSON.parse(row.state_json) as LiveState,
		createdAt: row.created_at,
		courseId: row.course_id
	};
}

function toAnswer(row: AnswerRow): AnswerRecord {
	return {
		sessionId: row.session_id,
		questionId: row.question_id,
		participantId: row.participant_id,
		answerId: row.answer_id,
		value: JSON.parse(row.value_json) as AnswerValue,
		status: row.status as AnswerRecord['status'],
		flagged: row.flagged === 1,
		answeredAt: row.answered_at
	};
}
