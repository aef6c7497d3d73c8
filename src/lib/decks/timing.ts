/**
 * How long an exercise runs, apart from the deck parser (exercise.ts) so the clocks on the phone
 * and the TV need neither zod nor the Markdown renderer.
 */

/** One stretch of time, or rounds of work and rest. */
export type Timing =
	| { kind: 'duration'; ms: number }
	| { kind: 'interval'; workMs: number; restMs: number; rounds: number };

/** The whole time an exercise runs: work and rest alternate, with no rest after the last round. */
export function totalMs(timing: Timing): number {
	return timing.kind === 'duration'
		? timing.ms
		: timing.rounds * timing.workMs + (timing.rounds - 1) * timing.restMs;
}
