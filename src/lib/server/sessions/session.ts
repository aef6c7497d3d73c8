/**
 * A session as the server runs it: its stored record, the deck it started with and its questions,
 * and its participants and answers, read once when it enters the cache and kept current by every
 * write (and, from other instances, by their notes: see realtime/peers.ts).
 */
import type { Deck, Question } from '../../decks/schema';
import type { DeckShape } from '../../live/types';
import type { AnswerRecord, ParticipantRecord, SessionRecord } from '../store/types';

export type LiveSession = {
	record: SessionRecord;
	deck: Deck;
	shape: DeckShape;
	questions: Map<string, Question>;
	/** Each participant's answer per question, oldest first (the store's order). */
	answers: Map<string, AnswerRecord>;
	participants: Map<string, ParticipantRecord>;
	/** Another instance changed the answers or participants: read them again before use. */
	stale: boolean;
};

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

const answerKey = (questionId: string, participantId: string) => `${questionId}\n${participantId}`;

export const answerOf = (session: LiveSession, questionId: string, participantId: string) =>
	session.answers.get(answerKey(questionId, participantId));

export const answersOf = (session: LiveSession): AnswerRecord[] => [...session.answers.values()];
export const participantsOf = (session: LiveSession): ParticipantRecord[] => [
	...session.participants.values()
];

/** The cached answers after a write: a replaced answer moves to the end, as its time did. */
export function keepAnswer(session: LiveSession, answer: AnswerRecord): void {
	const key = answerKey(answer.questionId, answer.participantId);
	session.answers.delete(key);
	session.answers.set(key, answer);
}

export function dropAnswers(
	session: LiveSession,
	which: (answer: AnswerRecord) => boolean
): void {
	for (const [key, answer] of session.answers) if (which(answer)) session.answers.delete(key);
}

export function fill(
	session: LiveSession,
	answers: AnswerRecord[],
	participants: ParticipantRecord[]
): void {
	session.answers = new Map(answers.map((a) => [answerKey(a.questionId, a.participantId), a]));
	session.participants = new Map(participants.map((p) => [p.id, p]));
}
