/**
 * Runs sessions on top of the pure state machine and the store. The server is authoritative:
 * every command passes the machine, is written to the store, and only then is acknowledged.
 * Commands for one session run one at a time so two quick clicks cannot interleave.
 */
import { randomInt } from 'node:crypto';
import { runnableQuestionTypes, type Deck, type Question } from '../decks/schema';
import {
	initialState,
	questionPhase,
	transition,
	type DeckShape,
	type Transition
} from '../live/machine';
import {
	JOIN_CODE_LENGTH,
	type AckError,
	type AnswerSubmit,
	type PresenterCommand
} from '../protocol';
import { hashSecret, newSecret, secretMatches } from './secrets';
import type { AnswerRecord, ParticipantRecord, SessionRecord, Store } from './store/types';

export type LiveSession = {
	record: SessionRecord;
	deck: Deck;
	shape: DeckShape;
	questions: Map<string, Question>;
};

export type Created = { session: LiveSession; presenterKey: string; screenKey: string };

type AnswerOutcome =
	{ ok: true; answer: AnswerRecord; duplicate: boolean } | { ok: false; error: AckError };

export class SessionService {
	private cache = new Map<string, LiveSession>();
	private queues = new Map<string, Promise<unknown>>();

	constructor(
		readonly store: Store,
		private readonly now: () => number = Date.now
	) {}

	async create(deck: Deck): Promise<Created> {
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
				state: initialState(),
				createdAt: this.now()
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

	command(session: LiveSession, command: PresenterCommand): Promise<Transition> {
		return this.serial(session.record.id, async () => {
			const before = session.record.state;
			const result = transition(before, command, session.shape);
			if (!result.ok || result.state === before) return result;
			if (command.type === 'question:reset') {
				await this.store.deleteAnswers(session.record.id, command.questionId);
			}
			if (!(await this.store.saveState(session.record.id, result.state, before.seq))) {
				// Another process moved the session on; reload so the next command sees its state.
				this.cache.delete(session.record.id);
				return {
					ok: false,
					error: { code: 'invalid_state', message: 'the session changed; try again' }
				};
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

	submitAnswer(
		session: LiveSession,
		participantId: string,
		submit: AnswerSubmit
	): Promise<AnswerOutcome> {
		return this.serial(session.record.id, async () => {
			const state = session.record.state;
			const question = session.questions.get(submit.questionId);
			if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');
			if (!question) return refuse('not_found', 'no such question in this session');
			const answer: AnswerRecord = {
				sessionId: session.record.id,
				participantId,
				...submit,
				answeredAt: this.now()
			};
			const existing = (await this.store.listAnswers(session.record.id, submit.questionId)).find(
				(a) => a.participantId === participantId
			);
			// A re-sent answer (same id) is acknowledged again even after the question closed.
			if (existing?.answerId === submit.answerId)
				return { ok: true, answer: existing, duplicate: true };
			if (questionPhase(state, submit.questionId) !== 'open') {
				return refuse('invalid_state', 'this question is not open for answers');
			}
			if (
				question.type === 'scale' &&
				(submit.value < question.min || submit.value > question.max)
			) {
				return refuse(
					'bad_request',
					`the answer must be between ${question.min} and ${question.max}`
				);
			}
			const saved = await this.store.saveAnswer(answer);
			return { ok: true, ...saved };
		});
	}

	private remember(record: SessionRecord): LiveSession {
		const deck = JSON.parse(record.deckJson) as Deck;
		const questions = new Map(
			deck.slides.flatMap((s) => s.questions.map((q) => [q.id, q] as const))
		);
		const runnable = [...questions.values()].filter((q) => runnableQuestionTypes.includes(q.type));
		const shape: DeckShape = {
			slideCount: deck.slides.length,
			questionIds: new Set(questions.keys()),
			runnableQuestionIds: new Set(runnable.map((q) => q.id))
		};
		const session = { record, deck, shape, questions };
		this.cache.set(record.id, session);
		return session;
	}

	private async freeJoinCode(): Promise<string> {
		for (;;) {
			const code = String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
			const holder = await this.store.findSessionByCode(code);
			if (!holder || holder.state.phase === 'ended') return code;
		}
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

function refuse(code: AckError['code'], message: string): { ok: false; error: AckError } {
	return { ok: false, error: { code, message } };
}
