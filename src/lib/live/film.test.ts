import { describe, expect, it } from 'vitest';
import { filmPosition } from './film';
import { initialState, transition } from './machine';
import type { DeckShape, LiveState } from './types';

/** Slide 1 of three shows a film. */
const deck: DeckShape = { slideCount: 3, questionIds: new Set(), filmSlides: new Set([1]) };

function at(slideIndex: number): LiveState {
	return { ...initialState(), phase: 'live', slideIndex, shown: [slideIndex] };
}

function run(state: LiveState, type: 'film:play' | 'film:pause' | 'film:rewind', now: number) {
	const result = transition(state, { type }, deck, now);
	if (!result.ok) throw new Error(result.error.message);
	return result;
}

describe('the film on a slide', () => {
	it('plays from the start, pauses where it is, and plays on from there', () => {
		const playing = run(at(1), 'film:play', 10_000);
		expect(playing.events).toEqual([{ type: 'film:changed' }]);
		expect(playing.state.film).toEqual({
			slideIndex: 1,
			playing: true,
			positionMs: 0,
			since: 10_000
		});
		expect(filmPosition(playing.state.film!, 13_500)).toBe(3_500);

		const paused = run(playing.state, 'film:pause', 13_500).state;
		expect(paused.film).toMatchObject({ playing: false, positionMs: 3_500 });
		// A TV that loads the page a minute later shows the same frame.
		expect(filmPosition(paused.film!, 73_500)).toBe(3_500);

		const again = run(paused, 'film:play', 80_000).state;
		expect(filmPosition(again.film!, 81_000)).toBe(4_500);
	});

	it('winds back to the start, paused', () => {
		const playing = run(at(1), 'film:play', 0).state;
		const rewound = run(playing, 'film:rewind', 9_000).state;
		expect(rewound.film).toMatchObject({ playing: false, positionMs: 0 });
	});

	it('is refused on a slide without a film', () => {
		const result = transition(at(0), { type: 'film:play' }, deck, 0);
		expect(result).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
	});

	it('stops when the presenter moves to another slide, and starts afresh on coming back', () => {
		const playing = run(at(1), 'film:play', 0).state;
		const next = transition(playing, { type: 'slide:next' }, deck, 5_000);
		expect(next.ok && next.state.film).toBeNull();
		const back = next.ok ? transition(next.state, { type: 'slide:prev' }, deck, 6_000) : next;
		expect(back.ok && back.state.film).toBeNull();
	});
});
