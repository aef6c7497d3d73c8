import { describe, expect, it } from 'vitest';
import type { Question } from '../decks/schema';
import { ACTIVITY_MAX, checkAnswer, isModerated, OPEN_TEXT_MAX, type AnswerValue } from './values';

const base = { id: 'q', text: 'Spørgsmål', line: 1, options: [] as string[] };
const questions = {
	scale: { ...base, type: 'scale', min: 0, max: 10, 'min-label': 'a', 'max-label': 'b' },
	agree5: { ...base, type: 'agree5' },
	single: { ...base, type: 'single', options: ['Ja', 'Nej', 'Måske'] },
	multiple: { ...base, type: 'multiple', options: ['A', 'B', 'C'] },
	mythFact: { ...base, type: 'myth-fact', answer: 'fact', explanation: 'Sådan er det.' },
	openText: { ...base, type: 'open-text' },
	goal: { ...base, type: 'goal' },
	wordCloud: { ...base, type: 'word-cloud' },
	activity: { ...base, type: 'activity-rating' },
	questionnaire: {
		...base,
		type: 'questionnaire',
		'min-label': 'a',
		'max-label': 'b',
		options: ['x', 'y']
	}
} satisfies Record<string, Question>;

const accepted = (question: Question, value: AnswerValue) => {
	const checked = checkAnswer(question, value);
	if (!checked.ok) throw new Error(`refused: ${checked.message}`);
	return checked.value;
};
const refusal = (question: Question, value: AnswerValue) => {
	const checked = checkAnswer(question, value);
	if (checked.ok) throw new Error(`accepted ${JSON.stringify(value)}`);
	return checked.message;
};

describe('checkAnswer', () => {
	it('takes whole numbers within a scale and nothing else', () => {
		expect(accepted(questions.scale, 0)).toBe(0);
		expect(accepted(questions.scale, 10)).toBe(10);
		for (const value of [-1, 11, 4.5, '4', [4]] as AnswerValue[])
			expect(refusal(questions.scale, value)).toBe(
				'the answer must be a whole number from 0 to 10'
			);
	});

	it('takes 1 to 5 for agreement', () => {
		expect(accepted(questions.agree5, 3)).toBe(3);
		expect(refusal(questions.agree5, 0)).toBe('the answer must be 1 to 5');
		expect(refusal(questions.agree5, 6)).toBe('the answer must be 1 to 5');
	});

	it('takes one option number for a single choice', () => {
		expect(accepted(questions.single, 2)).toBe(2);
		expect(refusal(questions.single, 3)).toBe('pick one of the options');
		expect(refusal(questions.single, [0])).toBe('pick one of the options');
	});

	it('takes several options once each, in order, for a multiple choice', () => {
		expect(accepted(questions.multiple, [2, 0, 2])).toEqual([0, 2]);
		expect(accepted(questions.multiple, [])).toEqual([]);
		expect(refusal(questions.multiple, [0, 3])).toBe('pick among the options');
		expect(refusal(questions.multiple, 1)).toBe('pick among the options');
	});

	it('takes myth or fact', () => {
		expect(accepted(questions.mythFact, 'myth')).toBe('myth');
		expect(accepted(questions.mythFact, 'fact')).toBe('fact');
		expect(refusal(questions.mythFact, 'maybe')).toBe('answer "myth" or "fact"');
	});

	it('cleans short texts and goals: control characters and runs of spaces become one space', () => {
		expect(accepted(questions.openText, '  Må\tjeg\u0000 løbe?\n ')).toBe('Må jeg løbe?');
		expect(accepted(questions.goal, 'Gå  en tur')).toBe('Gå en tur');
		expect(refusal(questions.openText, ' \n\t ')).toBe('the answer is empty');
		expect(refusal(questions.goal, 3)).toBe('the answer must be text');
		expect(accepted(questions.openText, 'x'.repeat(OPEN_TEXT_MAX))).toHaveLength(OPEN_TEXT_MAX);
		expect(refusal(questions.openText, 'x'.repeat(OPEN_TEXT_MAX + 1))).toBe(
			`at most ${OPEN_TEXT_MAX} characters`
		);
	});

	it('takes one to three words for the word cloud', () => {
		expect(accepted(questions.wordCloud, ' stiv  om morgenen ')).toBe('stiv om morgenen');
		expect(refusal(questions.wordCloud, 'en to tre fire')).toBe('write one to three words');
		expect(refusal(questions.wordCloud, '   ')).toBe('write one to three words');
		expect(refusal(questions.wordCloud, 'x'.repeat(61))).toBe('write one to three words');
	});

	it('takes a named activity with a rating from 0 to 10', () => {
		expect(accepted(questions.activity, { activity: '  Gå på\ttrapper ', rating: 4 })).toEqual({
			activity: 'Gå på trapper',
			rating: 4
		});
		expect(refusal(questions.activity, { activity: ' ', rating: 4 })).toBe(
			`name the activity in at most ${ACTIVITY_MAX} characters`
		);
		expect(refusal(questions.activity, { activity: 'x'.repeat(ACTIVITY_MAX + 1), rating: 4 })).toBe(
			`name the activity in at most ${ACTIVITY_MAX} characters`
		);
		expect(refusal(questions.activity, { activity: 'Gå', rating: 11 })).toBe(
			'the rating must be 0 to 10'
		);
		expect(refusal(questions.activity, [4])).toBe('name an activity and rate it');
	});

	it('takes one 0–10 value or a gap per questionnaire item', () => {
		expect(accepted(questions.questionnaire, [3, null])).toEqual([3, null]);
		expect(refusal(questions.questionnaire, [3])).toBe('answer the 2 items as a list');
		expect(refusal(questions.questionnaire, [3, 11])).toBe(
			'each item is 0 to 10 or not answered yet'
		);
	});
});

describe('isModerated', () => {
	it('holds back only what reaches the screen as text: short texts and words', () => {
		const moderated = Object.values(questions)
			.filter(isModerated)
			.map((q) => q.type);
		expect(moderated).toEqual(['open-text', 'word-cloud']);
	});
});
