/** The English of exerciseMessages.ts, with every key its Danish has. */
import type { exerciseMessagesDa } from '../exerciseMessages';

export const exerciseMessagesEn: Record<keyof typeof exerciseMessagesDa, string> = {
	'exercise.kicker': 'Exercise',
	'exercise.stepOf': 'Step {n} of {total}',
	'exercise.roundOf': 'Round {n} of {total}',
	'exercise.work': 'Exercise',
	'exercise.rest': 'Rest',
	'exercise.ready': 'We start in a moment',
	'exercise.paused': 'Paused – we carry on in a moment',
	'exercise.done': 'Done. Well done.',
	'exercise.remaining': '{time} left',
	'exercise.breatheIn': 'Breathe in…',
	'exercise.breatheOut': 'Breathe out…',
	'exercise.pace': 'Rhythm: {in} seconds in, {out} seconds out',
	'exercise.checkIn': 'How did it go?',
	'exercise.checkInHint': 'Answer if you like. Your answers are for the physiotherapist only.',
	'exercise.checkInResults': 'How the exercise went for the group',
	'exercise.start': 'Start the exercise',
	'exercise.pause': 'Pause',
	'exercise.resume': 'Resume',
	'exercise.skip': 'Next step',
	'exercise.stop': 'Stop the exercise',
	'exercise.restart': 'Start again',
	'exercise.steps': 'Steps',
	'exercise.notes': 'For you: adaptations and what to watch for',
	'exercise.timing.duration': 'Duration: {time}',
	'exercise.timing.interval': '{rounds} rounds: {work} work, {rest} rest',
	'exercise.checkInOpen': 'The check-in is open on the phones.',
	'exercise.showOnScreen': 'Show on screen',
	'exercise.needsWord': 'Have a word with: {names}'
};
