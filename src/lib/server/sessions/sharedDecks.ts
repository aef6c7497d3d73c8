/**
 * The deck a session runs, parsed once per deck version however many sessions run it: every
 * session of the same deck copy shares one read-only Deck, its questions and its shape, and the
 * copy's text itself. A version no running session holds any more is let go.
 */
import { createHash } from 'node:crypto';
import type { Deck, Question } from '../../decks/schema';
import type { DeckShape } from '../../live/types';

export type SharedDeck = {
	deck: Deck;
	questions: Map<string, Question>;
	shape: DeckShape;
	/** The stored copy's text: sessions keep this one instead of their own. */
	json: string;
};

const byContent = new Map<string, WeakRef<Deck>>();
const parts = new WeakMap<Deck, SharedDeck>();
const gone = new FinalizationRegistry<string>((key) => {
	if (!byContent.get(key)?.deref()) byContent.delete(key);
});

function build(json: string): SharedDeck {
	const deck = JSON.parse(json) as Deck;
	const questions = new Map(
		deck.slides.flatMap((s) => s.questions.map((q) => [q.id, q] as const))
	);
	const shape: DeckShape = {
		slideCount: deck.slides.length,
		questionIds: new Set(questions.keys()),
		filmSlides: new Set(deck.slides.flatMap((s, i) => (s.media?.kind === 'video' ? [i] : []))),
		exercises: deck.slides.map((s) => s.exercise ?? null)
	};
	return { deck, questions, shape, json };
}

export function sharedDeck(json: string): SharedDeck {
	const key = createHash('sha256').update(json).digest('base64');
	const deck = byContent.get(key)?.deref();
	const found = deck && parts.get(deck);
	if (found) return found;
	const shared = build(json);
	byContent.set(key, new WeakRef(shared.deck));
	parts.set(shared.deck, shared);
	gone.register(shared.deck, key);
	return shared;
}
