/** A session as the server runs it: its stored record, the deck it started with and its questions. */
import type { Deck, Question } from '../../decks/schema';
import type { DeckShape } from '../../live/types';
import type { SessionRecord } from '../store/types';

export type LiveSession = {
	record: SessionRecord;
	deck: Deck;
	shape: DeckShape;
	questions: Map<string, Question>;
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
