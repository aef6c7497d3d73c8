/**
 * Persistence behind one interface. SQLite is the embedded default; a PostgreSQL implementation
 * satisfies the same contract for scale-out. Methods are async so either can sit behind it.
 */
import type { LiveState } from '../../live/types';
import type { AnswerValue } from '../../questions/values';
import type { ModerationStatus } from '../../questions/aggregate';

export type SessionRecord = {
	id: string;
	joinCode: string;
	deckId: string;
	variant: string;
	/** The deck as it was when the session started: editing a file never shifts a live session. */
	deckJson: string;
	presenterKeyHash: string;
	screenKeyHash: string;
	state: LiveState;
	createdAt: number;
	/** The course (forløb) the session belongs to, if any. */
	courseId: string | null;
};

export type CourseRecord = { id: string; name: string; createdAt: number };

export type ParticipantRecord = {
	sessionId: string;
	id: string;
	nickname: string;
	joinedAt: number;
};

export type AnswerRecord = {
	sessionId: string;
	questionId: string;
	participantId: string;
	answerId: string;
	value: AnswerValue;
	/** Null for answers that never reach the screen as text; otherwise the moderation state. */
	status: ModerationStatus | null;
	/** The language filter found a word that may need a second look. */
	flagged: boolean;
	answeredAt: number;
};

export type SessionSummary = {
	id: string;
	joinCode: string;
	deckId: string;
	variant: string;
	createdAt: number;
	state: LiveState;
	participants: number;
};

/** A presenter login: the hash of the cookie's token, never the token itself. */
export type LoginRecord = { tokenHash: string; passwordTag: string; expiresAt: number };

/**
 * `stale`: nothing was written, because the session's stored state is no longer the one the
 * answer was judged against (another instance moved it on); judge it again against the new one.
 */
export type SaveAnswerResult = { answer: AnswerRecord; duplicate: boolean; stale?: true };

/** One answer of a batch, as `saveAnswer` takes it. */
export type AnswerWrite = {
	answer: AnswerRecord;
	judgedAtSeq?: number;
	/** Added to the session's participants unless already there, with the answer. */
	participant?: ParticipantRecord;
};

export interface Store {
	createSession(session: SessionRecord): Promise<void>;
	getSession(id: string): Promise<SessionRecord | undefined>;
	/**
	 * The live session holding this code, or else the latest ended one (so a returning phone can
	 * be told that its session has ended rather than that the code is wrong).
	 */
	findSessionByCode(joinCode: string): Promise<SessionRecord | undefined>;
	/** Writes the state if the stored sequence number is still `expectedSeq`; false otherwise. */
	saveState(id: string, state: LiveState, expectedSeq: number): Promise<boolean>;
	upsertParticipant(participant: ParticipantRecord): Promise<void>;
	/**
	 * Phones join: for each, `upsertParticipant` and `reentryCode`, all in one transaction (one
	 * commit); each its own result in the order given, its re-entry code.
	 */
	joinParticipants(
		participants: ParticipantRecord[],
		makeCode: () => string
	): Promise<PromiseSettledResult<string>[]>;
	/** Whether the session has this participant, without reading the others. */
	hasParticipant(sessionId: string, participantId: string): Promise<boolean>;
	listParticipants(sessionId: string): Promise<ParticipantRecord[]>;
	/**
	 * Stores a participant's answer to a question, replacing an earlier one. Re-sending the same
	 * answerId changes nothing and reports `duplicate`. Resolves only once the write is durable.
	 * With `judgedAtSeq`, the answer is written only while the session's stored state still has
	 * that sequence number, in the same transaction (otherwise `stale`).
	 */
	saveAnswer(answer: AnswerRecord, judgedAtSeq?: number): Promise<SaveAnswerResult>;
	/**
	 * Many answers in one transaction, each judged as `saveAnswer` judges it and each with its own
	 * result in the order given: one that fails (or is stale) leaves the others stored. Resolves
	 * only once every written answer is durable.
	 */
	saveAnswers(writes: AnswerWrite[]): Promise<PromiseSettledResult<SaveAnswerResult>[]>;
	listAnswers(sessionId: string, questionId?: string): Promise<AnswerRecord[]>;
	getAnswer(
		sessionId: string,
		questionId: string,
		participantId: string
	): Promise<AnswerRecord | undefined>;
	deleteAnswers(sessionId: string, questionId: string): Promise<void>;
	/** Approves or hides an entry; false when the session has no answer with that id. */
	setAnswerStatus(sessionId: string, answerId: string, status: ModerationStatus): Promise<boolean>;
	createCourse(course: CourseRecord): Promise<void>;
	listCourses(): Promise<CourseRecord[]>;
	getCourse(id: string): Promise<CourseRecord | undefined>;
	/** The sessions of a course, oldest first. */
	listCourseSessions(courseId: string): Promise<SessionRecord[]>;
	/** Every session a participant took part in, newest first. */
	listParticipantSessions(participantId: string): Promise<SessionRecord[]>;
	/**
	 * The participant's personal re-entry code, made on first use. It lets them continue on a new
	 * phone and open their take-away again.
	 */
	reentryCode(participantId: string, makeCode: () => string): Promise<string>;
	findParticipantByCode(code: string): Promise<string | undefined>;
	/** Every session, newest first, without its answers. */
	listSessions(): Promise<SessionSummary[]>;
	/** Deletes a session with its participants and answers. */
	deleteSession(id: string): Promise<boolean>;
	/**
	 * Deletes every session started before `createdBefore` (with `onlyInLobby`, only those that
	 * never left the lobby); returns their ids. A full run also deletes courses started before
	 * then that are left without sessions.
	 */
	deleteSessionsBefore(createdBefore: number, onlyInLobby?: boolean): Promise<string[]>;
	/** Adds the participant unless they are already there (keeps their nickname). */
	ensureParticipant(participant: ParticipantRecord): Promise<void>;
	/** A participant's own deletion: their answers and their place in the session go. */
	forgetParticipant(sessionId: string, participantId: string): Promise<void>;
	/**
	 * Makes deleted data unrecoverable from the store's files (free space, logs), as far as the
	 * store can. Called after every deletion of participants' data.
	 */
	purge(): Promise<void>;
	saveLogin(login: LoginRecord): Promise<void>;
	findLogin(tokenHash: string): Promise<LoginRecord | undefined>;
	/** Deletes logins expired at `now` and, unless null, those granted under another password. */
	purgeLogins(now: number, keepPasswordTag: string | null): Promise<void>;
	/** Resolves when the store answers a trivial query; rejects when it cannot (readiness). */
	ping(): Promise<void>;
	/**
	 * Runs `task` unless another holder of `name` is running it — in this process or, on
	 * PostgreSQL, in any instance sharing the database; then resolves undefined without running it.
	 */
	runExclusive<T>(name: string, task: () => Promise<T>): Promise<T | undefined>;
	close(): Promise<void>;
}
