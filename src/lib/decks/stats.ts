/** Figures about a deck for the checker and the library: size, interaction and readability. */
import { readability, type Readability } from './readability';
import type { Deck, Question } from './schema';

/** The most difficult participant text a deck may have, by variant (LIX). */
export const lixLimit = { FULL: 40, PIXI: 35 } as const;

function questionText(question: Question): string[] {
	const labels = 'min-label' in question ? [question['min-label'], question['max-label']] : [];
	const explanation = question.type === 'myth-fact' ? [question.explanation] : [];
	return [question.text, ...question.options, ...labels, ...explanation];
}

/** Everything a participant reads: titles, slide text, safety blocks, questions and options. */
export function participantText(deck: Deck): string {
	return deck.slides
		.flatMap((slide) => [
			slide.title,
			slide.text,
			...slide.safety.map((s) => s.text),
			...(slide.exercise ? [slide.exercise.name, ...slide.exercise.steps] : []),
			...slide.questions.flatMap(questionText)
		])
		.join('\n');
}

export type DeckStats = {
	slides: number;
	questions: number;
	prompts: number;
	/** `:::safety` blocks: the red flags every surface shows and the end of a session repeats. */
	safety: number;
	/** Slides that show a built-in picture (at most one each). */
	figures: number;
	/** Slides with a picture or a film of the clinic's own. */
	media: number;
	/** Slides with an `:::exercise` block (at most one each). */
	exercises: number;
	readability: Readability;
	withinLimit: boolean;
};

export function deckStats(deck: Deck): DeckStats {
	const text = readability(participantText(deck));
	return {
		slides: deck.slides.length,
		questions: deck.slides.reduce((n, s) => n + s.questions.length, 0),
		prompts: deck.slides.reduce((n, s) => n + s.prompts.length, 0),
		safety: deck.slides.reduce((n, s) => n + s.safety.length, 0),
		figures: deck.slides.filter((s) => s.figure).length,
		media: deck.slides.filter((s) => s.media).length,
		exercises: deck.slides.filter((s) => s.exercise).length,
		readability: text,
		withinLimit: text.lix <= lixLimit[deck.variant]
	};
}
