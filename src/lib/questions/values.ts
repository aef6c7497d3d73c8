/**
 * Which answer fits which question. The protocol only bounds the shape of what may arrive; this
 * checks it against the question it answers, and gives a message a participant can act on.
 */
import type { Question } from '../decks/schema';

/** Open text and goals are at most this long; a word-cloud entry is one to three words. */
export const OPEN_TEXT_MAX = 200;
export const ACTIVITY_MAX = 80;

/** The shapes an answer can take; which one fits which question is `checkAnswer`'s business. */
export type AnswerValue =
	| number
	| number[]
	| (number | null)[]
	| 'myth'
	| 'fact'
	| string
	| { activity: string; rating: number };

export type Checked = { ok: true; value: AnswerValue } | { ok: false; message: string };

const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const between = (v: unknown, min: number, max: number) => int(v) && v >= min && v <= max;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** Control characters never belong in an answer; whitespace runs become one space. */
const clean = (text: string) =>
	text
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

export function checkAnswer(question: Question, value: AnswerValue): Checked {
	const fail = (message: string): Checked => ({ ok: false, message });
	switch (question.type) {
		case 'scale':
			return between(value, question.min, question.max)
				? { ok: true, value }
				: fail(`the answer must be a whole number from ${question.min} to ${question.max}`);
		case 'agree5':
			return between(value, 1, 5) ? { ok: true, value } : fail('the answer must be 1 to 5');
		case 'single':
			return between(value, 0, question.options.length - 1)
				? { ok: true, value }
				: fail('pick one of the options');
		case 'multiple': {
			if (
				!Array.isArray(value) ||
				!value.every((v) => between(v, 0, question.options.length - 1))
			) {
				return fail('pick among the options');
			}
			const picked = [...new Set(value as number[])].sort((a, b) => a - b);
			return { ok: true, value: picked };
		}
		case 'myth-fact':
			return value === 'myth' || value === 'fact'
				? { ok: true, value }
				: fail('answer "myth" or "fact"');
		case 'open-text':
		case 'goal': {
			if (typeof value !== 'string') return fail('the answer must be text');
			const text = clean(value);
			if (text.length === 0) return fail('the answer is empty');
			if (text.length > OPEN_TEXT_MAX) return fail(`at most ${OPEN_TEXT_MAX} characters`);
			return { ok: true, value: text };
		}
		case 'word-cloud': {
			if (typeof value !== 'string') return fail('the answer must be text');
			const text = clean(value);
			const count = words(text).length;
			if (count < 1 || count > 3 || text.length > 60) return fail('write one to three words');
			return { ok: true, value: text };
		}
		case 'activity-rating': {
			if (typeof value !== 'object' || value === null || Array.isArray(value))
				return fail('name an activity and rate it');
			const activity = clean(value.activity);
			if (activity.length === 0 || activity.length > ACTIVITY_MAX)
				return fail(`name the activity in at most ${ACTIVITY_MAX} characters`);
			if (!between(value.rating, 0, 10)) return fail('the rating must be 0 to 10');
			return { ok: true, value: { activity, rating: value.rating } };
		}
		case 'questionnaire': {
			const items = question.options.length;
			if (!Array.isArray(value) || value.length !== items)
				return fail(`answer the ${items} items as a list`);
			if (!value.every((v) => v === null || between(v, 0, 10)))
				return fail('each item is 0 to 10 or not answered yet');
			return { ok: true, value };
		}
	}
}

/** Entries that may reach the audience screen wait for the presenter's approval first. */
export function isModerated(question: Question): boolean {
	return question.type === 'open-text' || question.type === 'word-cloud';
}
