import type { PublicState } from '$lib/protocol';
import { screenSide } from './screenSide';

/** What takes the whole TV instead of the slide: a talk, revealed results, an exercise. */
export type ScreenStage = 'dialogue' | 'check-in' | 'results' | 'exercise';

export function screenStage(live: PublicState): ScreenStage | null {
	const side = screenSide(live);
	if (side === 'dialogue') return 'dialogue';
	if (live.exercise?.checkIn.some((part) => part.results)) return 'check-in';
	const run = live.exercise?.run;
	// A running exercise is what the room does now, even with an earlier result still revealed.
	if (run && run.status !== 'stopped') return 'exercise';
	if (side === 'results') return 'results';
	if (run) return 'exercise';
	return null;
}
