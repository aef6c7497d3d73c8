/**
 * The check-in after an exercise is four ordinary questions of the deck, so its answers are
 * stored, acknowledged, exported, erased and expired like every other answer.
 */
import type { Exercise } from './exercise';
import type { Question } from './schema';

export const checkInParts = ['done', 'pain', 'eased', 'words'] as const;
export type CheckInPart = (typeof checkInParts)[number];

export const checkInId = (exerciseId: string, part: CheckInPart) => `${exerciseId}-${part}`;

const words = {
	da: {
		done: 'Kunne du lave øvelsen?',
		doneOptions: ['Ja', 'Delvist', 'Nej'],
		pain: 'Hvor ondt gør det lige nu?',
		min: 'Ingen smerte',
		max: 'Værst tænkelige smerte',
		eased: 'Hvordan har du det efter øvelsen?',
		easedOptions: ['Bedre', 'Det samme', 'Værre'],
		words: 'Vil du sige noget med dine egne ord? (frivilligt)'
	},
	en: {
		done: 'Could you do the exercise?',
		doneOptions: ['Yes', 'Partly', 'No'],
		pain: 'How much pain do you have right now?',
		min: 'No pain',
		max: 'Worst pain imaginable',
		eased: 'How do you feel after the exercise?',
		easedOptions: ['Better', 'The same', 'Worse'],
		words: 'Anything you want to say in your own words? (optional)'
	}
} as const;

/** The check-in's questions in the deck's language; "worse" alerts like pain at `alert-at`. */
export function checkInQuestions(exercise: Exercise, language: 'da' | 'en'): Question[] {
	if (!exercise.checkIn) return [];
	const w = words[language];
	const line = exercise.line;
	const advice = exercise.checkIn.alertAdvice
		? { 'alert-advice': exercise.checkIn.alertAdvice }
		: {};
	const pain: Question = {
		id: checkInId(exercise.id, 'pain'),
		type: 'scale',
		text: w.pain,
		line,
		min: 0,
		max: 10,
		'min-label': w.min,
		'max-label': w.max,
		options: [],
		...(exercise.checkIn.alertAt !== null ? { 'alert-at': exercise.checkIn.alertAt } : {}),
		...advice
	};
	return [
		{
			id: checkInId(exercise.id, 'done'),
			type: 'single',
			text: w.done,
			line,
			options: [...w.doneOptions]
		},
		pain,
		{
			id: checkInId(exercise.id, 'eased'),
			type: 'single',
			text: w.eased,
			line,
			options: [...w.easedOptions],
			'alert-options': [2],
			...advice
		},
		{ id: checkInId(exercise.id, 'words'), type: 'open-text', text: w.words, line, options: [] }
	];
}
