/**
 * Runs sessions on top of the pure state machine and the store. The server is authoritative:
 * every command passes the machine, is written to the store, and only then is acknowledged.
 * Commands for one session run one at a time so two quick clicks cannot interleave.
 */
import { randomInt } from 'node:crypto';
import type { Deck, Question } from '../decks/schema';
import { JOIN_CODE_LENGTH } from '../joinCode';
import { initialState, questionPhase, transition } from '../live/machine';
import { refuse, type Refusal } from '../live/refusal';
import type { DeckShape, LiveState, SessionMode, StateCommand, Transition } from '../live/types';
import type { ModerationStatus } from '../questions/aggregate';
import { checkAnswer, isModerated } from '../questions/values';
import { needsReview } from './languageFilter';
import type { AnswerSubmit } from '../protocol';
import { hashSecret, newSecret, secretMatches } from './secrets';
import type {
	AnswerRecord,
	CourseRecord,
	ParticipantRecord,
	SessionRecord,
	Store
} from './store/types';

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

export type LiveSession = {
	record: SessionRecord;
	deck: Deck;
	shape: DeckShape;
	questions: Map<string, Question>;
};

export type Created = { session: LiveSession; presenterKey: string; screenKey: string };

type AnswerOutcome = { ok: true; answer: AnswerRecord; duplicate: boolean } | Refusal;

/** A deck question or one the presenter added during the session. */
export function questionOf(session: LiveSession, questionId: string): Question | undefined {
	return (
		session.questions.get(questionId) ?? session.record.state.added.find((q) => q.id === questionId)
	);
}

/** Every question of the session: the deck's, then those added during it. */
export function questionsOf(session: LiveSession): Question[] {
	return [...session.questions.values(), ...session.record.state.added];
}

export class SessionService {
	private cache = new Map<string, LiveSession>();
	private deletedListeners: ((sessionId: string) => void)[] = [];
	private queues = new Map<string, Promise<unknown>>();

	constructor(
		readonly store: Store,
		private readonly now: () => number = Date.now
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

	command(session: LiveSession, command: StateCommand): Promise<Transition> {
		return this.serial(session.record.id, async () => {
			const before = session.record.state;
			const result = transition(before, command, session.shape, this.now());
			if (!result.ok || result.state === before) return result;
			if (command.type === 'question:reset') {
				await this.store.deleteAnswers(session.record.id, command.questionId);
				await this.store.purge();
			}
			if (!(await this.store.saveState(session.record.id, result.state, before.seq))) {
				// Another process moved the session on; reload so the next command sees its state.
				this.cache.delete(session.record.id);
				return refuse('invalid_state', 'the session changed; try again');
			}
			session.record.state = result.state;
			return result;
		});
	}

	async join(
		session: LiveSession,
		participantId: string,
		nickname: string | undefined
	): Promise<ParticipantRecord> {
		const known = (await this.store.listParticipants(session.record.id)).find(
			(p) => p.id === participantId
		);
		const participant: ParticipantRecord = {
			sessionId: session.record.id,
			id: participantId,
			nickname: nickname ?? known?.nickname ?? '',
			joinedAt: known?.joinedAt ?? this.now()
		};
		if (!known || known.nickname !== participant.nickname)
			await this.store.upsertParticipant(participant);
		return participant;
	}

	async hasParticipant(session: LiveSession, participantId: string): Promise<boolean> {
		const known = await this.store.listParticipants(session.record.id);
		return known.some((p) => p.id === participantId);
	}

	submitAnswer(
		session: LiveSession,
		participantId: string,
		submit: AnswerSubmit
	): Promise<AnswerOutcome> {
		return this.serial(session.record.id, async () => {
			const state = session.record.state;
			const question = questionOf(session, submit.questionId);
			if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');
			if (!question) return refuse('not_found', 'no such question in this session');

			const existing = await this.store.getAnswer(
				session.record.id,
				submit.questionId,
				participantId
			);
			// A re-sent answer (same id) is acknowledged again even after the question closed.
			if (existing?.answerId === submit.answerId)
				return { ok: true, answer: existing, duplicate: true };
			if (questionPhase(state, submit.questionId) !== 'open') {
				return refuse('invalid_state', 'this question is not open for answers');
			}
			const checked = checkAnswer(question, submit.value);
			if (!checked.ok) return refuse('bad_request', checked.message);
			const moderated = isModerated(question);
			const answer: AnswerRecord = {
				sessionId: session.record.id,
				participantId,
				questionId: submit.questionId,
				answerId: submit.answerId,
				value: checked.value,
				// Text for the screen waits for the presenter; a changed entry is reviewed again.
				status: moderated ? 'pending' : null,
				flagged: moderated && typeof checked.value === 'string' && needsReview(checked.value),
				answeredAt: this.now()
			};
			const saved = await this.store.saveAnswer(answer);
			// Someone who deleted their data and answers again is back in the list.
			await this.store.ensureParticipant({
				sessionId: session.record.id,
				id: participantId,
				nickname: '',
				joinedAt: this.now()
			});
			return { ok: true, ...saved };
		});
	}

	async createCourse(name: string): Promise<CourseRecord> {
		const course = { id: newSecret(12), name, createdAt: this.now() };
		await this.store.createCourse(course);
		return course;
	}

	/** A new one-time pairing token for a phone remote; only its hash is kept. */
	pairRemote(session: LiveSession): Promise<string> {
		const token = newSecret();
		return this.patch(session, {
			remote: { ...session.record.state.remote, pairingHash: hashSecret(token) }
		}).then(() => token);
	}

	/**
	 * A phone presents the pairing token: it is used up, and the phone gets its own key. The key
	 * replaces any phone paired before, so there is one remote at a time.
	 */
	claimRemote(session: LiveSession, token: string): Promise<string | null> {
		return this.serial(session.record.id, async () => {
			const { pairingHash } = session.record.state.remote;
			if (!pairingHash || !secretMatches(token, pairingHash)) return null;
			const remoteKey = newSecret();
			await this.save(session, { remote: { pairingHash: null, keyHash: hashSecret(remoteKey) } });
			return remoteKey;
		});
	}

	isRemote(session: LiveSession, remoteKey: string): boolean {
		const { keyHash } = session.record.state.remote;
		return !!keyHash && secretMatches(remoteKey, keyHash);
	}

	revokeRemote(session: LiveSession): Promise<void> {
		return this.patch(session, { remote: { pairingHash: null, keyHash: null } });
	}

	private patch(session: LiveSession, patch: Partial<LiveState>): Promise<void> {
		return this.serial(session.record.id, () => this.save(session, patch));
	}

	/** A state change that is not a presenter command (pairing); it still counts as a step. */
	private async save(session: LiveSession, patch: Partial<LiveState>): Promise<void> {
		const before = session.record.state;
		const next = { ...before, ...patch, seq: before.seq + 1 };
		if (!(await this.store.saveState(session.record.id, next, before.seq))) {
			this.cache.delete(session.record.id);
			throw new Error('the session changed meanwhile');
		}
		session.record.state = next;
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

	/** A participant deletes their own answers from their phone. */
	forgetParticipant(session: LiveSession, participantId: string): Promise<void> {
		return this.serial(session.record.id, async () => {
			await this.store.forgetParticipant(session.record.id, participantId);
			await this.store.purge();
		});
	}

	private forget(ids: string[]): void {
		for (const id of ids) {
			this.cache.delete(id);
			for (const listener of this.deletedListeners) listener(id);
		}
	}

	/** Approves an entry for the screen or hides it again. */
	moderate(session: LiveSession, answerId: string, status: ModerationStatus): Promise<boolean> {
		return this.serial(session.record.id, () =>
			this.store.setAnswerStatus(session.record.id, answerId, status)
		);
	}

	private remember(record: SessionRecord): LiveSession {
		const deck = JSON.parse(record.deckJson) as Deck;
		// States stored by an earlier version lack newer fields; defaults fill them in.
		record.state = { ...initialState(), ...record.state };
		const questions = new Map(
			deck.slides.flatMap((s) => s.questions.map((q) => [q.id, q] as const))
		);
		const shape: DeckShape = {
			slideCount: deck.slides.length,
			questionIds: new Set(questions.keys())
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

	private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
		const previous = this.queues.get(key) ?? Promise.resolve();
		const next = previous.then(task, task);
		const settled = next.catch(() => undefined);
		this.queues.set(key, settled);
		void settled.then(() => {
			if (this.queues.get(key) === settled) this.queues.delete(key);
		});
		return next;
	}
}
