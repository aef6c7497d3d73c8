/**
 * Running the exercise on the current slide: start, pause, resume, skip, stop. The timer is a
 * deadline on the server's clock kept in the stored state, so a reload or a restart finds it.
 */
import { checkInId, checkInParts } from '../decks/checkIn';
import { totalMs, type Exercise } from '../decks/exercise';
import { elapsedOf, nextRoundAt, type ExerciseRun } from './exerciseClock';
import { refuse } from './refusal';
import type { DeckShape, LiveEvent, LiveState, QuestionPhase, Transition } from './types';

export type ExerciseVerb = 'start' | 'pause' | 'resume' | 'skip' | 'stop';

const changed: LiveEvent = { type: 'exercise:changed' };

function next(state: LiveState, patch: Partial<LiveState>, events: LiveEvent[]): Transition {
	return { ok: true, state: { ...state, ...patch, seq: state.seq + 1 }, events };
}

/** Running from `elapsed`: the deadline moves with it, so every clock reads the same time left. */
function runningFrom(run: ExerciseRun, exercise: Exercise, elapsed: number, now: number) {
	const startedAt = now - elapsed;
	return {
		...run,
		status: 'running' as const,
		startedAt,
		endsAt: startedAt + totalMs(exercise.timing),
		remainingMs: null
	};
}

function pausedAt(run: ExerciseRun, exercise: Exercise, elapsed: number): ExerciseRun {
	const remainingMs = totalMs(exercise.timing) - elapsed;
	return { ...run, status: 'paused', startedAt: null, endsAt: null, remainingMs };
}

/** The check-in's questions open together when the exercise stops (or close, on leaving it). */
function checkInPhases(
	state: LiveState,
	exercise: Exercise,
	to: QuestionPhase,
	from: QuestionPhase[]
) {
	if (!exercise.checkIn) return { questions: state.questions, events: [] };
	const questions = { ...state.questions };
	const events: LiveEvent[] = [];
	for (const part of checkInParts) {
		const questionId = checkInId(exercise.id, part);
		if (!from.includes(questions[questionId] ?? 'draft')) continue;
		questions[questionId] = to;
		events.push({ type: 'question:changed', questionId, phase: to, active: false });
	}
	return { questions, events };
}

export function exerciseOf(deck: DeckShape, slideIndex: number): Exercise | null {
	return deck.exercises?.[slideIndex] ?? null;
}

export function runExercise(
	state: LiveState,
	verb: ExerciseVerb,
	deck: DeckShape,
	now: number
): Transition {
	const exercise = exerciseOf(deck, state.slideIndex);
	if (!exercise || state.phase !== 'live')
		return refuse('not_found', 'there is no exercise on this slide');
	const run = state.exercise?.slideIndex === state.slideIndex ? state.exercise : null;
	if (verb === 'start') {
		if (run && run.status !== 'stopped')
			return refuse('invalid_state', 'the exercise is already running');
		const fresh: ExerciseRun = {
			slideIndex: state.slideIndex,
			exerciseId: exercise.id,
			status: 'running',
			step: 0,
			startedAt: null,
			endsAt: null,
			remainingMs: null
		};
		return next(state, { exercise: runningFrom(fresh, exercise, 0, now) }, [changed]);
	}
	if (!run || run.status === 'stopped')
		return refuse('invalid_state', 'the exercise has not been started');
	const elapsed = elapsedOf(run, exercise.timing, now);
	switch (verb) {
		case 'pause':
			if (run.status !== 'running') return refuse('invalid_state', 'the exercise is paused');
			return next(state, { exercise: pausedAt(run, exercise, elapsed) }, [changed]);
		case 'resume':
			if (run.status !== 'paused') return refuse('invalid_state', 'the exercise is not paused');
			return next(state, { exercise: runningFrom(run, exercise, elapsed, now) }, [changed]);
		case 'skip': {
			if (run.step < exercise.steps.length - 1)
				return next(state, { exercise: { ...run, step: run.step + 1 } }, [changed]);
			const round = nextRoundAt(exercise.timing, elapsed);
			if (round === null) return stop(state, run, exercise);
			const moved = { ...run, step: 0 };
			const exerciseRun =
				run.status === 'running'
					? runningFrom(moved, exercise, round, now)
					: pausedAt(moved, exercise, round);
			return next(state, { exercise: exerciseRun }, [changed]);
		}
		case 'stop':
			return stop(state, run, exercise);
	}
}

function stop(state: LiveState, run: ExerciseRun, exercise: Exercise): Transition {
	const stopped: ExerciseRun = {
		...run,
		status: 'stopped',
		startedAt: null,
		endsAt: null,
		remainingMs: 0
	};
	const { questions, events } = checkInPhases(state, exercise, 'open', ['draft', 'closed']);
	return next(state, { exercise: stopped, questions }, [changed, ...events]);
}

/** Leaving the slide leaves its exercise: it is cleared and an open check-in closes. */
export function leaveExercise(state: LiveState, deck: DeckShape) {
	if (!state.exercise) return { patch: {}, events: [] };
	const exercise = exerciseOf(deck, state.exercise.slideIndex);
	const { questions, events } = exercise
		? checkInPhases(state, exercise, 'closed', ['open'])
		: { questions: state.questions, events: [] };
	return { patch: { exercise: null, questions }, events: [changed, ...events] };
}
