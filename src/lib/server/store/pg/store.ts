/** The PostgreSQL store: several instances of the server sharing one database. */
import type pg from 'pg';
import { StartupError } from '../../startupError';
import type { AnswerRow, CourseRow, LoginRow, ParticipantRow, SessionRow } from '../rows';
import {
	deckHash,
	toAnswer,
	toCourse,
	toLogin,
	toParticipant,
	toSession,
	toSummary
} from '../rows';
import { oneOf } from '../batch';
import type { AnswerWrite, SaveAnswerResult, Store } from '../types';
import { migratePg } from './migrate';
import { createPool, inTransaction, lockKey, reasonOf, type Client } from './pool';
import { sql } from './statements';
import { parsePgUrl, type PgTarget } from './url';

/** Connects, checks and migrates; an unreachable or unusable database stops the start in one line. */
export async function createPgStore(databaseUrl: string): Promise<Store> {
	const target = parsePgUrl(databaseUrl);
	const pool = createPool(target);
	try {
		await migratePg(pool, target);
	} catch (error) {
		await pool.end().catch(() => undefined);
		throw new StartupError(
			`The PostgreSQL database ${target.label} (DATABASE_URL) cannot be used (${reasonOf(error)}). Check that it is running and reachable and that the user may create tables there.`
		);
	}
	return pgStore(pool, target);
}

/**
 * A deck version no session runs any more goes. A session being created at that moment holds its
 * deck's row (statements.ts); the delete then breaks its foreign key and the deck stays, in use.
 */
async function dropOrphanDecks(client: Client): Promise<void> {
	await client.query('SAVEPOINT orphan_decks');
	try {
		await client.query(sql.orphanDecks);
		await client.query('RELEASE SAVEPOINT orphan_decks');
	} catch (error) {
		if ((error as { code?: string }).code !== '23503') throw error;
		await client.query('ROLLBACK TO SAVEPOINT orphan_decks');
	}
}

type Queryable = Pick<pg.Pool, 'query'>;

/** A re-sent answer (same id) is a duplicate whatever the state; a re-run after a failed batch too. */
async function saveOne(
	db: Queryable,
	{ answer, judgedAtSeq, participant }: AnswerWrite
): Promise<SaveAnswerResult> {
	const key = [answer.sessionId, answer.questionId, answer.participantId];
	const written = await db.query(sql.upsertAnswer, [
		...key,
		answer.answerId,
		JSON.stringify(answer.value),
		answer.status,
		answer.flagged,
		answer.answeredAt,
		judgedAtSeq ?? null
	]);
	let saved: SaveAnswerResult = { answer, duplicate: false };
	if ((written.rowCount ?? 0) === 0) {
		const [row] = (await db.query<AnswerRow>(sql.answer, key)).rows;
		// Nothing written and no such answer: the session moved on since it was judged.
		if (row?.answer_id !== answer.answerId) return { answer, duplicate: false, stale: true };
		saved = { answer: toAnswer(row), duplicate: true };
	}
	if (participant)
		await db.query(sql.ensureParticipant, [
			participant.sessionId,
			participant.id,
			participant.nickname,
			participant.joinedAt
		]);
	return saved;
}

async function reentryCode(
	db: Queryable,
	participantId: string,
	makeCode: () => string
): Promise<string> {
	for (;;) {
		const [existing] = (await db.query<{ code: string }>(sql.codeOf, [participantId])).rows;
		if (existing) return existing.code;
		// Taken either way if nothing was inserted: this participant got a code meanwhile
		// (found on the next round) or someone else has this one (a new one is made).
		const code = makeCode();
		const inserted = await db.query(sql.insertCode, [participantId, code, Date.now()]);
		if ((inserted.rowCount ?? 0) > 0) return code;
	}
}

/**
 * Many writes in one transaction, one commit; should any of them break it (a bad row, two
 * instances' batches meeting in a deadlock), each goes again alone, so the others still land.
 */
async function each<W, R>(
	pool: pg.Pool,
	writes: W[],
	one: (client: Client, write: W) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
	try {
		return await inTransaction(pool, async (client) => {
			const results: PromiseSettledResult<R>[] = [];
			for (const write of writes)
				results.push({ status: 'fulfilled', value: await one(client, write) });
			return results;
		});
	} catch {
		const results: PromiseSettledResult<R>[] = [];
		for (const write of writes)
			results.push(
				await inTransaction(pool, (client) => one(client, write)).then(
					(value) => ({ status: 'fulfilled', value }) as const,
					(reason: unknown) => ({ status: 'rejected', reason }) as const
				)
			);
		return results;
	}
}

function pgStore(pool: pg.Pool, target: PgTarget): Store {
	const saveAnswers = (writes: AnswerWrite[]) => each(pool, writes, saveOne);
	const rows = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
		(await pool.query<R>(text, values)).rows;
	const changed = async (text: string, values: unknown[]) =>
		((await pool.query(text, values)).rowCount ?? 0) > 0;

	return {
		async createSession(s) {
			const hash = deckHash(s.deckJson);
			await inTransaction(pool, async (client) => {
				await client.query(sql.insertDeck, [hash, s.deckJson]);
				await client.query(sql.insertSession, [
					s.id,
					s.joinCode,
					s.deckId,
					s.variant,
					hash,
					s.presenterKeyHash,
					s.screenKeyHash,
					JSON.stringify(s.state),
					s.state.seq,
					s.state.phase,
					s.createdAt,
					s.courseId
				]);
			});
		},
		async getSession(id) {
			const [row] = await rows<SessionRow>(sql.getSession, [id]);
			return row && toSession(row);
		},
		async findSessionByCode(code) {
			const [row] = await rows<SessionRow>(sql.byCode, [code]);
			return row && toSession(row);
		},
		async saveState(id, state, expectedSeq) {
			const values = [id, JSON.stringify(state), state.seq, state.phase, expectedSeq];
			return changed(sql.saveState, values);
		},
		async upsertParticipant(p) {
			await pool.query(sql.upsertParticipant, [p.sessionId, p.id, p.nickname, p.joinedAt]);
		},
		async ensureParticipant(p) {
			await pool.query(sql.ensureParticipant, [p.sessionId, p.id, p.nickname, p.joinedAt]);
		},
		joinParticipants: (people, makeCode) =>
			each(pool, people, async (client, p) => {
				await client.query(sql.upsertParticipant, [p.sessionId, p.id, p.nickname, p.joinedAt]);
				return reentryCode(client, p.id, makeCode);
			}),
		async hasParticipant(sessionId, participantId) {
			return changed(sql.hasParticipant, [sessionId, participantId]);
		},
		async listParticipants(sessionId) {
			return (await rows<ParticipantRow>(sql.participants, [sessionId])).map(toParticipant);
		},
		saveAnswer: (answer, judgedAtSeq) => oneOf(saveAnswers, { answer, judgedAtSeq }),
		saveAnswers,
		async getAnswer(sessionId, questionId, participantId) {
			const [row] = await rows<AnswerRow>(sql.answer, [sessionId, questionId, participantId]);
			return row && toAnswer(row);
		},
		async listAnswers(sessionId, questionId) {
			const found = questionId
				? await rows<AnswerRow>(sql.answersFor, [sessionId, questionId])
				: await rows<AnswerRow>(sql.answers, [sessionId]);
			return found.map(toAnswer);
		},
		async deleteAnswers(sessionId, questionId) {
			await pool.query(sql.deleteAnswers, [sessionId, questionId]);
		},
		async setAnswerStatus(sessionId, answerId, status) {
			return changed(sql.setStatus, [sessionId, answerId, status]);
		},
		async listSessions() {
			return (await rows<SessionRow & { participants: number }>(sql.sessions)).map(toSummary);
		},
		async deleteSession(id) {
			return inTransaction(pool, async (client) => {
				const deleted = ((await client.query(sql.deleteSession, [id])).rowCount ?? 0) > 0;
				await client.query(sql.orphanCodes);
				await dropOrphanDecks(client);
				return deleted;
			});
		},
		async deleteSessionsBefore(createdBefore, onlyInLobby = false) {
			return inTransaction(pool, async (client) => {
				const deleted = await client.query<{ id: string }>(onlyInLobby ? sql.idle : sql.expired, [
					createdBefore
				]);
				await client.query(sql.orphanCodes);
				await dropOrphanDecks(client);
				if (!onlyInLobby) await client.query(sql.emptyCourses, [createdBefore]);
				return deleted.rows.map((r) => r.id);
			});
		},
		async forgetParticipant(sessionId, participantId) {
			await inTransaction(pool, async (client) => {
				await client.query(sql.forgetAnswers, [sessionId, participantId]);
				await client.query(sql.forgetParticipant, [sessionId, participantId]);
				await client.query(sql.orphanCodes);
			});
		},
		async createCourse(course) {
			await pool.query(sql.insertCourse, [course.id, course.name, course.createdAt]);
		},
		async listCourses() {
			return (await rows<CourseRow>(sql.courses)).map(toCourse);
		},
		async getCourse(id) {
			const [row] = await rows<CourseRow>(sql.course, [id]);
			return row && toCourse(row);
		},
		async listCourseSessions(courseId) {
			return (await rows<SessionRow>(sql.courseSessions, [courseId])).map(toSession);
		},
		async listParticipantSessions(participantId) {
			return (await rows<SessionRow>(sql.participantSessions, [participantId])).map(toSession);
		},
		reentryCode: (participantId, makeCode) => reentryCode(pool, participantId, makeCode),
		async findParticipantByCode(code) {
			const [row] = await rows<{ participant_id: string }>(sql.participantByCode, [code]);
			return row?.participant_id;
		},
		async saveLogin(login) {
			await pool.query(sql.insertLogin, [login.tokenHash, login.passwordTag, login.expiresAt]);
		},
		async findLogin(tokenHash) {
			const [row] = await rows<LoginRow>(sql.login, [tokenHash]);
			return row && toLogin(row);
		},
		async purgeLogins(now, keepPasswordTag) {
			await pool.query(sql.purgeLogins, [now, keepPasswordTag]);
		},
		async purge() {
			// A DELETE only marks rows dead. VACUUM removes them from the tables' pages and their
			// index entries, so no query or later dump can bring them back. It does not overwrite
			// their bytes: the freed space in a page is reused by later rows, not zeroed, so the
			// text stays in the table's file until then. The write-ahead log keeps the change until
			// its segments are recycled after a checkpoint, and replicas and backups (dumps, base
			// backups, WAL archives) keep what they held until they expire (docs/storage.md).
			// VACUUM FULL would rewrite the files, but locks the tables for the length of the
			// rewrite, in the middle of a class.
			await pool.query('VACUUM answers, participants, sessions, participant_codes');
		},
		async ping() {
			await pool.query('SELECT 1');
		},
		async runExclusive(name, task) {
			// A session-level lock on a connection of its own, held for the whole task: it goes
			// with the connection if this process dies, so a crashed holder never blocks the rest.
			const client = await pool.connect();
			const key = lockKey(target, name);
			let broken: Error | undefined;
			try {
				const locked = await client.query<{ ok: boolean }>(
					'SELECT pg_try_advisory_lock(hashtext($1)) AS ok',
					[key]
				);
				if (!locked.rows[0]?.ok) return undefined;
				try {
					return await task();
				} finally {
					// A connection that cannot unlock is closed, which unlocks it as well.
					await client
						.query('SELECT pg_advisory_unlock(hashtext($1))', [key])
						.catch((failure: Error) => (broken = failure));
				}
			} finally {
				client.release(broken);
			}
		},
		async close() {
			await pool.end();
		}
	};
}
