/**
 * Where a running exercise is at a moment: worked out from its stored deadline and the server's
 * clock, so the TV, every phone and a restarted server agree without a ticking timer anywhere.
 */
import { totalMs, type Timing } from '../decks/timing';

export type ExerciseStatus = 'running' | 'paused' | 'stopped';

/** An exercise on the current slide, as the state stores it; times are the server's (ms). */
export type ExerciseRun = {
	slideIndex: number;
	exerciseId: string;
	status: ExerciseStatus;
	/** The step shown, from 0; the presenter moves it on. */
	step: number;
	/** While running: when it would have started had it never paused, and when it ends. */
	startedAt: number | null;
	endsAt: number | null;
	/** While paused: the time left. */
	remainingMs: number | null;
};

export type ExerciseClock = {
	elapsedMs: number;
	/** Left of the whole exercise. */
	remainingMs: number;
	totalMs: number;
	/** From 1; 1 of 1 for an exercise with one duration. */
	round: number;
	rounds: number;
	phase: 'work' | 'rest' | 'done';
	/** Left of the current work or rest, and how long that stretch is. */
	phaseRemainingMs: number;
	phaseMs: number;
};

export function elapsedOf(run: ExerciseRun, timing: Timing, now: number): number {
	const total = totalMs(timing);
	if (run.status === 'stopped') return total;
	if (run.status === 'paused') return total - (run.remainingMs ?? 0);
	return Math.min(total, Math.max(0, now - (run.startedAt ?? now)));
}

export function clockAt(timing: Timing, elapsedMs: number): ExerciseClock {
	const total = totalMs(timing);
	const elapsed = Math.min(total, Math.max(0, elapsedMs));
	const done = elapsed >= total;
	const base = { elapsedMs: elapsed, remainingMs: total - elapsed, totalMs: total };
	if (timing.kind === 'duration')
		return {
			...base,
			round: 1,
			rounds: 1,
			phase: done ? 'done' : 'work',
			phaseRemainingMs: total - elapsed,
			phaseMs: total
		};
	const period = timing.workMs + timing.restMs;
	const index = Math.min(timing.rounds - 1, Math.floor(elapsed / period));
	const within = elapsed - index * period;
	const working = within < timing.workMs;
	return {
		...base,
		round: index + 1,
		rounds: timing.rounds,
		phase: done ? 'done' : working ? 'work' : 'rest',
		phaseRemainingMs: done ? 0 : working ? timing.workMs - within : period - within,
		phaseMs: working || done ? timing.workMs : timing.restMs
	};
}

export function exerciseClock(run: ExerciseRun, timing: Timing, now: number): ExerciseClock {
	return clockAt(timing, elapsedOf(run, timing, now));
}

/** Where the next round starts, or null on the last round or for one duration. */
export function nextRoundAt(timing: Timing, elapsedMs: number): number | null {
	if (timing.kind === 'duration') return null;
	const { round, rounds } = clockAt(timing, elapsedMs);
	return round < rounds ? round * (timing.workMs + timing.restMs) : null;
}

/** mm:ss, rounded up so a timer shows 0:00 only when the time is up. */
export function formatClock(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
