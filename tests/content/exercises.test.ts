/** The decks' exercises: short steps, a source section, notes for the physiotherapist. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck } from '../../src/lib/decks/schema';

const decks: Deck[] = readdirSync('sessions')
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const result = parseDeck(`sessions/${f}`, readFileSync(`sessions/${f}`));
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		return result.deck;
	});
const exercises = decks.flatMap((deck) =>
	deck.slides.flatMap((slide) =>
		slide.exercise ? [{ deck, slide, exercise: slide.exercise }] : []
	)
);

describe('exercises in the decks', () => {
	it('the low back pain FULL deck has a relaxation exercise with a breathing pace and a check-in', () => {
		const found = exercises.filter((e) => e.deck.id === 'laenderyg-full');
		expect(found.length).toBeGreaterThanOrEqual(1);
		const relaxation = found.find((e) => e.exercise.pace !== null);
		expect(relaxation?.exercise.checkIn?.alertAt).toBe(7);
		// Traced to the main source's table of activity types.
		expect(relaxation?.slide.source).toMatch(/^004 › .*øvelser/i);
	});

	it.each(exercises.map((e) => [`${e.deck.id}/${e.exercise.id}`, e] as const))(
		'%s: short steps, notes with adaptations, a source section',
		(_name, { slide, exercise }) => {
			expect(exercise.steps.length).toBeGreaterThanOrEqual(2);
			for (const step of exercise.steps) expect(step.split(/\s+/).length).toBeLessThanOrEqual(16);
			expect(exercise.notesHtml).toMatch(/tilpas|adapt/i);
			expect(slide.source.startsWith('004') || slide.source.startsWith('001')).toBe(true);
		}
	);
});

describe('every deck has exercises to do together (issue: exercises in every deck)', () => {
	it.each(decks.map((d) => [d.id, d] as const))('%s', (_id, deck) => {
		const own = deck.slides.flatMap((s) => (s.exercise ? [s.exercise] : []));
		expect(own.length).toBeGreaterThanOrEqual(deck.variant === 'FULL' ? 2 : 1);
		const ids = own.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		// A FULL deck has a relief exercise with a breathing pace, as the main source suggests,
		// and at least one more that fits the condition.
		if (deck.variant === 'FULL') {
			expect(own.some((e) => e.pace !== null)).toBe(true);
			expect(own.some((e) => e.pace === null)).toBe(true);
		}
	});
});
