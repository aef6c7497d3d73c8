import type { PublicState } from '$lib/protocol';

export type ScreenSide = 'dialogue' | 'results' | 'question';

/** One thing beside the slide at a time: a talk prompt, revealed results, or the open question. */
export function screenSide(live: PublicState): ScreenSide | null {
	if (live.dialogue) return 'dialogue';
	if (live.results && live.question) return 'results';
	if (live.question?.phase === 'open') return 'question';
	return null;
}
