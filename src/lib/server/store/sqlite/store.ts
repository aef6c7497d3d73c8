/** The Store on an SQLite file: the embedded default, one file under DATA_DIR. */
import { oneOf } from '../batch';
import type { AnswerWrite, ParticipantRecord, SaveAnswerResult, Store } from '../types';
import { openDatabase } from './open';
import {
	deckHash,
	toAnswer,
	toCourse,
	toLogin,
	toParticipant,
	toSession,
	toSummary
} from '../rows';
import { prepareStatements } from './statements';

export function createSqliteStore(file: string): Store {
	const db = openDatabase(file);
	const q = prepareStatements(db);
	// One process owns the file: a name is held only against this store's own overlapping runs.
	const running = new Set<string>();
	const alive = db.prepare('SELECT 1');

	function reentryCode(participantId: string, makeCode: () => string): string {
		const existing = q.codeOf.get(participantId);
		if (existing) return existing.code;
		for (;;) {
			const code = makeCode();
			if (q.participantByCode.get(code)) continue;
			q.insertCode.run(participantId, code, Date.now());
			return code;
		}
	}

	// Nested in `each`'s transaction, each answer runs in a savepoint of its own: one that
	// throws is rolled back alone and the rest commit together.
	const saveOne = db.transaction(
		({ answer, judgedAtSeq, participant }: AnswerWrite): SaveAnswerResult => {
			const existing = q.answer.get(answer.sessionId, answer.questionId, answer.participantId);
			const saved: SaveAnswerResult =
				existing && existing.answer_id === answer.answerId
					? { answer: toAnswer(existing), duplicate: true }
					: { answer, duplicate: false };
			// Another process sharing the file moved the session on since the answer was judged.
			if (
				!saved.duplicate &&
				judgedAtSeq !== undefined &&
				q.seqOf.get(answer.sessionId)?.seq !== judgedAtSeq
			)
				return { answer, duplicate: false, stale: true };
			if (!saved.duplicate)
				q.upsertAnswer.run({
					...answer,
					valueJson: JSON.stringify(answer.value),
					flagged: answer.flagged ? 1 : 0
				});
			if (participant) q.ensureParticipant.run(participant);
			return saved;
		}
	);
	const codeOnce = db.transaction(reentryCode);
	const joinOne = db.transaction((p: ParticipantRecord, makeCode: () => string) => {
		q.upsertParticipant.run(p);
		return reentryCode(p.id, makeCode);
	});
	const inOne = db.transaction((run: () => void) => run());
	/**
	 * Many writes in one transaction, each in a savepoint of its own (`saveOne`, `joinOne`).
	 * IMMEDIATE: the write lock first, so what a write reads cannot change before it writes.
	 */
	function each<W, R>(writes: W[], one: (write: W) => R): PromiseSettledResult<R>[] {
		const results: PromiseSettledResult<R>[] = [];
		inOne.immediate(() => {
			for (const write of writes) {
				try {
					results.push({ status: 'fulfilled', value: one(write) });
				} catch (reason) {
					results.push({ status: 'rejected', reason });
				}
			}
		});
		return results;
	}
	// One commit (one fsync) for the whole batch.
	const saveAnswers = async (writes: AnswerWrite[]) => each(writes, saveOne);

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
		async saveState(id, state, expectedSeq) {
			const result = q.saveState.run({
				id,
				stateJson: JSON.stringify(state),
				seq: state.seq,
				phase: state.phase,
				expectedSeq
			});
			return result.changes === 1;
		},
		async upsertParticipant(p) {
			q.upsertParticipant.run(p);
		},
		async ensureParticipant(p) {
			q.ensureParticipant.run(p);
		},
		joinParticipants: async (people, makeCode) =>
			each(people, (p: ParticipantRecord) => joinOne(p, makeCode)),
		async hasParticipant(sessionId, participantId) {
			return q.hasParticipant.get(sessionId, participantId) !== undefined;
		},
		async listParticipants(sessionId) {
			return q.participants.all(sessionId).map(toParticipant);
		},
		saveAnswer: (answer, judgedAtSeq) => oneOf(saveAnswers, { answer, judgedAtSeq }),
		saveAnswers,
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
			return q.sessions.all().map(toSummary);
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
			return q.courses.all().map(toCourse);
		},
		async getCourse(id) {
			const row = q.course.get(id);
			return row && toCourse(row);
		},
		async listCourseSessions(courseId) {
			return q.courseSessions.all(courseId).map(toSession);
		},
		async listParticipantSessions(participantId) {
			return q.participantSessions.all(participantId).map(toSession);
		},
		async reentryCode(participantId, makeCode) {
			return codeOnce(participantId, makeCode);
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
			const row = q.login.get(tokenHash);
			return row && toLogin(row);
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
		async ping() {
			alive.get();
		},
		async runExclusive(name, task) {
			if (running.has(name)) return undefined;
			running.add(name);
			try {
				return await task();
			} finally {
				running.delete(name);
			}
		},
		async close() {
			db.close();
		}
	};
}
