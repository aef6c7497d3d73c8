/**
 * The current slide's exercise as the screen and the phones see it: its steps and timer, and
 * after it the check-in, whose results reach the room only once revealed and, in a group,
 * only once enough have answered.
 */
import { checkInId, checkInParts } from '../decks/checkIn';
import { questionPhase } from '../live/machine';
import { publicResultsOf } from '../questions/aggregate';
import { questionView } from '../questions/view';
import type { ExerciseView } from '../protocol';
import { questionOf, type LiveSession } from './sessions/session';
import type { AnswerRecord } from './store/types';

export function exerciseView(
	session: LiveSession,
	answers: AnswerRecord[],
	threshold: number
): ExerciseView | undefined {
	const { state } = session.record;
	const exercise =
		state.phase === 'live' ? session.deck.slides[state.slideIndex]?.exercise : undefined;
	if (!exercise) return undefined;
	const run = state.exercise?.slideIndex === state.slideIndex ? state.exercise : null;
	const checkIn =
		run?.status === 'stopped' && exercise.checkIn
			? checkInParts.flatMap((part) => {
					const question = questionOf(session, checkInId(exercise.id, part));
					if (!question) return [];
					const phase = questionPhase(state, question.id);
					const own = answers.filter((a) => a.questionId === question.id);
					return [
						{
							question: questionView(question, phase),
							results: phase === 'revealed' ? publicResultsOf(question, own, threshold) : null
						}
					];
				})
			: [];
	return {
		id: exercise.id,
		name: exercise.name,
		steps: exercise.steps,
		timing: exercise.timing,
		pace: exercise.pace,
		run,
		checkIn
	};
}
