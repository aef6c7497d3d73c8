/**
 * Runs sessions on top of the pure state machine and the store. The server is authoritative:
 * every change passes the machine, is written to the store, and only then is acknowledged.
 * Changes to one session run one at a time (`inTurn`) so two quick clicks cannot interleave.
 * This module keeps the sessions: starting, finding, caching and deleting them.
 */
import { randomInt } from 'node:crypto';
import type { Deck } from '../../decks/schema';
import { JOIN_CODE_LENGTH } from '../../joinCode';
import { initialState, transition } from '../../live/machine';
import { refuse } from '../../live/refusal';
import type { LiveState, SessionMode, StateCommand, Transition } from '../../live/types';
import { hashSecret, newSecret, secretMatches } from '../secrets';
import type { CourseRecord, SessionRecord, Store } from '../store/types';
import type { LiveSession } from './session';

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

export class SessionService {
	private cache = new Map<string, LiveSession>();
	private deletedListeners: ((sessionId: string) => void)[] = [];
	private queues = new Map<string, Promise<unknown>>();

	constructor(
		readonly store: Store,
		readonly now: () => number = Date.now
	) {}

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

	async get(id: string): Promise<LiveSession | undefined> {
		const cached = this.cache.get(id);
		if (cached) return cached;
		const record = await this.store.getSession(id);
		return record && this.remember(record);
	}

	async findByCode(joinCode: string): Promise<LiveSession | undefined> {
		const record = await this.store.findSessionByCode(joinCode);
		return record && ((await this.get(record.id)) ?? this.remember(record));
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
			const before = session.record.state;
			const result = transition(before, command, session.shape, this.now());
			if (!result.ok || result.state === before) return result;
			if (command.type === 'question:reset') {
				await this.store.deleteAnswers(session.record.id, command.questionId);
				await this.store.purge();
			}
			// Another process moved the session on: the next command sees its state.
			if (!(await this.saveState(session, result.state, before)))
				return refuse('invalid_state', 'the session changed; try again');
			return result;
		});
	}

	/**
	 * Stores the session's next state if no one else moved it on since `before`; false if someone
	 * did (another process), and the next look-up reads the session afresh.
	 */
	async saveState(session: LiveSession, next: LiveState, before: LiveState): Promise<boolean> {
		if (!(await this.store.saveState(session.record.id, next, before.seq))) {
			this.cache.delete(session.record.id);
			return false;
		}
		session.record.state = next;
		return true;
	}

	/** Runs a change to one session after the changes to it that came before. */
	inTurn<T>(session: LiveSession, task: () => Promise<T>): Promise<T> {
		const key = session.record.id;
		const previous = this.queues.get(key) ?? Promise.resolve();
		const next = previous.then(task, task);
		const settled = next.catch(() => undefined);
		this.queues.set(key, settled);
		void settled.then(() => {
			if (this.queues.get(key) === settled) this.queues.delete(key);
		});
		return next;
	}

	/** Lets the realtime layer close the connections of a session that was deleted. */
	onDeleted(listener: (sessionId: string) => void): void {
		this.deletedListeners.push(listener);
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
			for (const listener of this.deletedListeners) listener(id);
		}
	}

	private remember(record: SessionRecord): LiveSession {
		const deck = JSON.parse(record.deckJson) as Deck;
		// States stored by an earlier version lack newer fields; defaults fill them in.
		record.state = { ...initialState(), ...record.state };
		const questions = new Map(
			deck.slides.flatMap((s) => s.questions.map((q) => [q.id, q] as const))
		);
		const shape = {
			slideCount: deck.slides.length,
			questionIds: new Set(questions.keys()),
			filmSlides: new Set(deck.slides.flatMap((s, i) => (s.media?.kind === 'video' ? [i] : []))),
			exercises: deck.slides.map((s) => s.exercise ?? null)
		};
		const session = { record, deck, shape, questions };
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
