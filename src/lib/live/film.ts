/**
 * A film on the current slide plays on the TV, started and paused from the console or the
 * remote. The state says where the film is at a moment of the server's clock, so a TV that
 * reloads, or a server that restarts, picks it up at the same place.
 */
import { refuse, type Refusal } from './refusal';
import type { DeckShape, FilmState, LiveState, StateCommand } from './types';

export type FilmCommand = Extract<
	StateCommand,
	{ type: 'film:play' | 'film:pause' | 'film:rewind' }
>;

/** Where the film is, in ms, at server time `now`. */
export function filmPosition(film: FilmState, now: number): number {
	return film.playing ? film.positionMs + Math.max(0, now - film.since) : film.positionMs;
}

/** The film's next state, or why not: there must be a film on the slide in front of the room. */
export function moveFilm(
	state: LiveState,
	command: FilmCommand,
	deck: DeckShape,
	now: number
): { film: FilmState } | Refusal {
	if (!deck.filmSlides?.has(state.slideIndex))
		return refuse('invalid_state', 'there is no film on this slide');
	const film = state.film?.slideIndex === state.slideIndex ? state.film : null;
	const at = film ? filmPosition(film, now) : 0;
	switch (command.type) {
		case 'film:play':
			return { film: { slideIndex: state.slideIndex, playing: true, positionMs: at, since: now } };
		case 'film:pause':
			return { film: { slideIndex: state.slideIndex, playing: false, positionMs: at, since: now } };
		case 'film:rewind':
			return { film: { slideIndex: state.slideIndex, playing: false, positionMs: 0, since: now } };
	}
}
