/**
 * Runs sessions on top of the pure state machine and the store. The server is authoritative:
 * every change passes the machine, is written to the store, and only then is acknowledged.
 * Changes to one session run one at a time (`inTurn`) so two quick clicks cannot interleave.
 * This module keeps the sessions: starting, finding, caching and deleting them. Every change it
 * stores is also told to its listeners, so other instances can bring their caches up to date.
 */
import { randomInt } from 'node:crypto';
import type { Deck } from '../../decks/schema';
import { JOIN_CODE_LENGTH } from '../../joinCode';
import { initialState, transition } from '../../live/machine';
import { refuse } from '../../live/refusal';
import type { LiveState, SessionMode, StateCommand, Transition } from '../../live/types';
import { hashSecret, newSecret, secretMatches } from '../secrets';
import { makeReentryCode } from '../course';
import type {
	AnswerRecord,
	AnswerWrite,
	SaveAnswerResult,
	CourseRecord,
	ParticipantRecord,
	SessionRecord,
	Store
} from '../store/types';
import { GroupCommit } from './groupCommit';
import { dropAnswers, fill, type LiveSession } from './session';
import { sharedDeck } from './sharedDecks';
import { Turns } from './turns';

const DAY = 86_400_000;
/** A session still in the lobby this many days after it started is deleted. */
export const IDLE_LOBBY_DAYS = 1;
/**
 * Random draws before giving up on a free join code. Even with half of all codes live, 40 draws
 * all hit a live one with a chance of one in 10^12.
 */
const JOIN_CODE_DRAWS = 40;

export class JoinCodesExhausted extends Error {
	constructor() {
		super('no free join code: too many sessions are live at once; end some and try again');
	}
}

export type Created = { session: LiveSession; presenterKey: string; screenKey: string };

/** What changed in a session: its state (with the new state), its answers or people, or all of it. */
export type SessionChange =
	| { sessionId: string; kind: 'state'; state: LiveState }
	| { sessionId: string; kind: 'answers' }
	| { sessionId: string; kind: 'deleted' };

export class SessionService {
	private cache = new Map<string, LiveSession>();
	private listeners: ((change: SessionChange) => void)[] = [];
	/** The order of each session's changes and answers. */
	readonly turns = new Turns();
	/** Every session's answers and arriving phones, written a batch at a time. */
	readonly answerWrites: GroupCommit<AnswerWrite, SaveAnswerResult>;
	readonly joins: GroupCommit<ParticipantRecord, string>;

	constructor(
		readonly store: Store,
		readonly now: () => number = Date.now
	) {
		this.answerWrites = new GroupCommit((writes) => store.saveAnswers(writes));
		this.joins = new GroupCommit((people) => store.joinParticipants(people, makeReentryCode));
	}

	async create(
		deck: Deck,
		mode: SessionMode = 'group',
		courseId: string | null = null
	): Promise<Created> {
		const presenterKey = newSecret();
		const screenKey = newSecret();
		for (let attempt = 0; ; attempt++) {
			const record: SessionRecord = {
				id: newSecret(16),
				joinCode: await this.freeJoinCode(),
				deckId: deck.id,
				variant: deck.variant,
				deckJson: JSON.stringify(deck),
				presenterKeyHash: hashSecret(presenterKey),
				screenKeyHash: hashSecret(screenKey),
				state: { ...initialState(), mode },
				createdAt: this.now(),
				courseId
			};
			try {
				await this.store.createSession(record);
				return { session: this.remember(record), presenterKey, screenKey };
			} catch (error) {
				// Two sessions started at the same instant may draw the same code; draw again.
				if (attempt >= 5) throw error;
			}
		}
	}

	/** The cached session (its answers read again if another instance changed them), or the stored. */
	async get(id: string): Promise<LiveSession | undefined> {
		const cached = this.cache.get(id);
		if (cached) return cached.stale ? this.reread(cached) : cached;
		return this.load(await this.store.getSession(id));
	}

	/**
	 * A live session this instance holds answers from its cache: the state notes of other
	 * instances keep its phase current, and a code is free again only once its session has ended.
	 */
	async findByCode(joinCode: string): Promise<LiveSession | undefined> {
		for (const session of this.cache.values())
			if (session.record.joinCode === joinCode && session.record.state.phase !== 'ended')
				return session.stale ? this.reread(session) : session;
		const record = await this.store.findSessionByCode(joinCode);
		return record && (this.cache.has(record.id) ? this.get(record.id) : this.load(record));
	}

	/** The session if this instance holds it, without reading anything. */
	cached(id: string): LiveSession | undefined {
		return this.cache.get(id);
	}

	/** The session as stored now, for a check no stale cache may answer (a remote's pairing). */
	async fresh(id: string): Promise<LiveSession | undefined> {
		const session = await this.get(id);
		const record = session && (await this.store.getSession(id));
		if (!session || !record) return undefined;
		if (record.state.seq > session.record.state.seq)
			session.record.state = { ...initialState(), ...record.state };
		return session;
	}

	isPresenter(session: LiveSession, key: string): boolean {
		return secretMatches(key, session.record.presenterKeyHash);
	}

	isScreen(session: LiveSession, key: string): boolean {
		return secretMatches(key, session.record.screenKeyHash);
	}

	async createCourse(name: string): Promise<CourseRecord> {
		const course = { id: newSecret(12), name, createdAt: this.now() };
		await this.store.createCourse(course);
		return course;
	}

	/**
	 * A presenter's command: through the state machine, into the store, and only then resolved,
	 * so the ack never runs ahead of what is stored.
	 */
	run(session: LiveSession, command: StateCommand): Promise<Transition> {
		return this.inTurn(session, async () => {
			for (let attempt = 0; ; attempt++) {
				const before = session.record.state;
				const result = transition(before, command, session.shape, this.now());
				if (!result.ok || result.state === before) return result;
				if (command.type === 'question:reset') {
					await this.store.deleteAnswers(session.record.id, command.questionId);
					await this.store.purge();
					dropAnswers(session, (a) => a.questionId === command.questionId);
					this.answersChanged(session);
				}
				if (await this.saveState(session, result.state, before)) return result;
				// Another instance moved the session on: judged once more against its state.
				if (attempt > 0 || !(await this.fresh(session.record.id)))
					return refuse('invalid_state', 'the session changed; try again');
			}
		});
	}

	/**
	 * Stores the session's next state if no one else moved it on since `before`; false if someone
	 * did (another instance). Listeners hear of the new state.
	 */
	async saveState(session: LiveSession, next: LiveState, before: LiveState): Promise<boolean> {
		if (!(await this.store.saveState(session.record.id, next, before.seq))) return false;
		session.record.state = next;
		this.tell({ sessionId: session.record.id, kind: 'state', state: next });
		return true;
	}

	/** Tells the listeners that this instance changed a session's answers or participants. */
	answersChanged(session: LiveSession): void {
		this.tell({ sessionId: session.record.id, kind: 'answers' });
	}

	/**
	 * Another instance's change: a newer state replaces the cached one, changed answers are read
	 * again at the next use, a deleted session leaves the cache.
	 */
	apply(change: SessionChange): void {
		const cached = this.cache.get(change.sessionId);
		if (change.kind === 'deleted') this.cache.delete(change.sessionId);
		else if (cached && change.kind === 'answers') cached.stale = true;
		else if (cached && change.kind === 'state' && change.state.seq > cached.record.state.seq)
			cached.record.state = { ...initialState(), ...change.state };
	}

	/** Runs a change to one session after the changes to it and the answers that came before. */
	inTurn<T>(session: LiveSession, task: () => Promise<T>): Promise<T> {
		return this.turns.inTurn(session.record.id, task);
	}

	/** Lets the realtime layer follow every change: close a deleted session, tell other instances. */
	onChange(listener: (change: SessionChange) => void): void {
		this.listeners.push(listener);
	}

	private tell(change: SessionChange): void {
		for (const listener of this.listeners) listener(change);
	}

	async deleteSession(sessionId: string): Promise<boolean> {
		const deleted = await this.store.deleteSession(sessionId);
		this.forget([sessionId]);
		await this.store.purge();
		return deleted;
	}

	/**
	 * Deletes every session older than the retention period, and every session that never left
	 * the lobby within a day (started and abandoned, or started by someone filling the disk);
	 * returns how many went.
	 */
	async deleteExpired(retentionDays: number): Promise<number> {
		const old = await this.store.deleteSessionsBefore(this.now() - retentionDays * DAY);
		const idle = await this.store.deleteSessionsBefore(this.now() - IDLE_LOBBY_DAYS * DAY, true);
		this.forget([...old, ...idle]);
		if (old.length + idle.length > 0) await this.store.purge();
		return old.length + idle.length;
	}

	private forget(ids: string[]): void {
		for (const id of ids) {
			this.cache.delete(id);
			this.tell({ sessionId: id, kind: 'deleted' });
		}
	}

	private async load(record: SessionRecord | undefined): Promise<LiveSession | undefined> {
		if (!record) return undefined;
		const [answers, participants] = await Promise.all([
			this.store.listAnswers(record.id),
			this.store.listParticipants(record.id)
		]);
		// Another caller may have loaded it meanwhile: one object per session in this process.
		return this.cache.get(record.id) ?? this.remember(record, answers, participants);
	}

	private async reread(session: LiveSession): Promise<LiveSession> {
		session.stale = false;
		const id = session.record.id;
		const [answers, participants] = await Promise.all([
			this.store.listAnswers(id),
			this.store.listParticipants(id)
		]);
		fill(session, answers, participants);
		return session;
	}

	private remember(
		record: SessionRecord,
		answers: AnswerRecord[] = [],
		participants: ParticipantRecord[] = []
	): LiveSession {
		// One parsed copy per deck version, shared by every session that runs it.
		const { deck, questions, shape, json } = sharedDeck(record.deckJson);
		record.deckJson = json;
		// States stored by an earlier version lack newer fields; defaults fill them in.
		record.state = { ...initialState(), ...record.state };
		const session: LiveSession = {
			record,
			deck,
			shape,
			questions,
			answers: new Map(),
			participants: new Map(),
			stale: false
		};
		fill(session, answers, participants);
		this.cache.set(record.id, session);
		return session;
	}

	/** A code no live session holds; a bounded search, so a full code space fails clearly. */
	private async freeJoinCode(): Promise<string> {
		for (let draw = 0; draw < JOIN_CODE_DRAWS; draw++) {
			const code = String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
			const holder = await this.store.findSessionByCode(code);
			if (!holder || holder.state.phase === 'ended') return code;
		}
		throw new JoinCodesExhausted();
	}
}
