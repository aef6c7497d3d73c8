/** Minimal states as the server sends them, for tests of what a page does with them. */
import type { PresenterState, PublicState } from '../../src/lib/protocol';

export function publicState(seq: number, serverNow = Date.now()): PublicState {
	return {
		seq,
		phase: 'live',
		mode: 'group',
		deckTitle: 'Testforløb',
		deckLanguage: 'da',
		joinCode: '123456',
		slideIndex: seq,
		slideCount: 20,
		slide: null,
		question: null,
		results: null,
		dialogue: null,
		film: null,
		serverNow,
		participantsOnline: 0,
		closingSafety: []
	};
}

export function presenterState(seq: number): PresenterState {
	return {
		seq,
		activeQuestionId: null,
		questions: [],
		participants: [],
		entries: [],
		responses: [],
		remote: { paired: false, pairing: false },
		changes: [],
		unseenSafety: []
	};
}
