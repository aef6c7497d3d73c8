/**
 * One answer in the participant's words — "Gåtur", "Enig", "Myte" — never an option index or a
 * code. The phone's confirmation, the take-away, the console's table and the export all use it.
 */
import type { Question, QuestionType } from '../decks/schema';
import type { AnswerValue } from './values';

/** The words of the fixed scales, in the language the answer is shown in. */
export type AnswerWords = {
	/** "Helt uenig" … "Helt enig", for the values 1–5. */
	agree: readonly [string, string, string, string, string];
	myth: string;
	fact: string;
};

/** What display needs of a question: a deck question and the view a phone gets both have it. */
export type Answerable = { type: QuestionType; options?: readonly string[] };

export function displayAnswer(
	question: Answerable,
	value: AnswerValue,
	words: AnswerWords
): string {
	const option = (i: number | null) =>
		typeof i === 'number' ? (question.options?.[i] ?? String(i + 1)) : '';
	switch (question.type) {
		case 'single':
			return typeof value === 'number' ? option(value) : '';
		case 'multiple':
			return Array.isArray(value) ? value.map(option).join('; ') : '';
		case 'agree5':
			return typeof value === 'number' ? (words.agree[value - 1] ?? String(value)) : '';
		case 'myth-fact':
			return value === 'myth' ? words.myth : value === 'fact' ? words.fact : '';
		case 'activity-rating':
			return typeof value === 'object' && value && !Array.isArray(value)
				? `${value.activity}: ${value.rating}`
				: '';
		case 'questionnaire':
			return Array.isArray(value)
				? value.map((v) => (v === null ? '–' : String(v))).join(' / ')
				: '';
		default:
			return String(value);
	}
}

/** The deck marks some answers for the presenter's eyes: high pain, a red-flag option ticked. */
export function needsAttention(question: Question, value: AnswerValue): boolean {
	if (question.type === 'scale' && question['alert-at'] !== undefined) {
		return typeof value === 'number' && value >= question['alert-at'];
	}
	if ((question.type === 'single' || question.type === 'multiple') && question['alert-options']) {
		const picked = Array.isArray(value) ? value : [value];
		return picked.some((i) => typeof i === 'number' && question['alert-options']!.includes(i));
	}
	return false;
}
