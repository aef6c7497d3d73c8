import { describe, expect, it } from 'vitest';
import type { Question } from '../decks/schema';
import { GROUP_THRESHOLD, publicResultsOf, resultsOf, type CountedAnswer } from './aggregate';
import type { AnswerValue } from './values';

const base = { text: 'Spørgsmål', line: 1 };
const scale: Question = {
	...base,
	id: 'smerte',
	type: 'scale',
	min: 0,
	max: 10,
	'min-label': 'Ingen',
	'max-label': 'Værst',
	options: []
};
const choice = (type: 'single' | 'multiple'): Question => ({
	...base,
	id: type,
	type,
	options: ['Hvile', 'Gåtur', 'Varme']
});

let counter = 0;
const answer = (value: AnswerValue, status: CountedAnswer['status'] = null): CountedAnswer => ({
	answerId: `answer-${++counter}`,
	value,
	status
});

describe('resultsOf', () => {
	it('counts a 0–10 scale per step, with its median', () => {
		expect(
			resultsOf(
				scale,
				[3, 5, 5, 9].map((v) => answer(v))
			)
		).toEqual({
			questionId: 'smerte',
			type: 'scale',
			total: 4,
			min: 0,
			counts: [0, 0, 0, 1, 0, 2, 0, 0, 0, 1, 0],
			median: 5
		});
	});

	it('counts agreement on 1–5 and activity ratings on 0–10', () => {
		const agree: Question = { ...base, id: 'enig', type: 'agree5', options: [] };
		expect(
			resultsOf(
				agree,
				[1, 5, 5].map((v) => answer(v))
			)
		).toMatchObject({
			min: 1,
			counts: [1, 0, 0, 0, 2],
			median: 5
		});
		const activity: Question = { ...base, id: 'aktivitet', type: 'activity-rating', options: [] };
		const ratings = [
			answer({ activity: 'Gå på trapper', rating: 2 }),
			answer({ activity: 'Løfte', rating: 8 })
		];
		expect(resultsOf(activity, ratings)).toMatchObject({ min: 0, total: 2, median: 5 });
	});

	it('counts each option; with multiple choice one answer counts for several', () => {
		expect(
			resultsOf(
				choice('single'),
				[0, 2, 2].map((v) => answer(v))
			)
		).toEqual({
			questionId: 'single',
			type: 'choice',
			total: 3,
			options: ['Hvile', 'Gåtur', 'Varme'],
			counts: [1, 0, 2]
		});
		expect(
			resultsOf(choice('multiple'), [answer([0, 1]), answer([1, 2]), answer([1])])
		).toMatchObject({
			total: 3,
			counts: [1, 3, 1]
		});
	});

	it('ignores option numbers the question does not have', () => {
		expect(resultsOf(choice('multiple'), [answer([0, 7, -1])])).toMatchObject({
			counts: [1, 0, 0]
		});
	});

	it('counts myth and fact and gives the right answer with its explanation', () => {
		const myth: Question = {
			...base,
			id: 'myte',
			type: 'myth-fact',
			answer: 'myth',
			explanation: 'Ondt er ikke altid skade.',
			options: []
		};
		expect(resultsOf(myth, [answer('myth'), answer('fact'), answer('myth')])).toEqual({
			questionId: 'myte',
			type: 'myth-fact',
			total: 3,
			myth: 2,
			fact: 1,
			answer: 'myth',
			explanation: 'Ondt er ikke altid skade.'
		});
	});

	it('counts approved words only, the same word in any case once, most frequent first', () => {
		const words: Question = { ...base, id: 'ord', type: 'word-cloud', options: [] };
		const answers = [
			answer('Stiv', 'approved'),
			answer('øm', 'approved'),
			answer('ØM', 'approved'),
			answer('træt', 'pending'),
			answer('grim', 'hidden')
		];
		expect(resultsOf(words, answers)).toEqual({
			questionId: 'ord',
			type: 'words',
			total: 5,
			words: [
				{ word: 'øm', count: 2 },
				{ word: 'stiv', count: 1 }
			]
		});
	});

	it('puts approved short texts on the wall and nothing else', () => {
		const text: Question = { ...base, id: 'tekst', type: 'open-text', options: [] };
		const approved = answer('Må jeg løbe?', 'approved');
		const results = resultsOf(text, [approved, answer('Vent', 'pending'), answer('Nej', 'hidden')]);
		expect(results).toEqual({
			questionId: 'tekst',
			type: 'wall',
			total: 3,
			entries: [{ id: approved.answerId, text: 'Må jeg løbe?' }]
		});
	});

	it('gives each questionnaire item its own count and median, skipping items not answered', () => {
		const profile: Question = {
			...base,
			id: 'profil',
			type: 'questionnaire',
			'min-label': 'Slet ikke',
			'max-label': 'Meget',
			options: ['Nu', 'Værst', 'Søvn']
		};
		const results = resultsOf(profile, [
			answer([4, 8, null]),
			answer([6, null, null]),
			answer([5, 2, null])
		]);
		expect(results).toEqual({
			questionId: 'profil',
			type: 'questionnaire',
			total: 3,
			items: [
				{ text: 'Nu', count: 3, median: 5 },
				{ text: 'Værst', count: 2, median: 5 },
				{ text: 'Søvn', count: 0, median: null }
			]
		});
	});

	it('has no results for a personal goal: only its author and the presenter see it', () => {
		const goal: Question = { ...base, id: 'maal', type: 'goal', options: [] };
		expect(resultsOf(goal, [answer('Gå hver dag')])).toBeNull();
		expect(publicResultsOf(goal, [answer('a'), answer('b'), answer('c')], 1)).toBeNull();
	});
});

describe('publicResultsOf', () => {
	const three = [answer(2), answer(4), answer(6)];

	it('withholds everything below the threshold, saying how many are needed', () => {
		expect(publicResultsOf(scale, three.slice(0, 2), GROUP_THRESHOLD)).toEqual({
			questionId: 'smerte',
			type: 'withheld',
			total: 2,
			needed: 3
		});
	});

	it('shows the full results from the threshold on', () => {
		expect(publicResultsOf(scale, three, GROUP_THRESHOLD)).toEqual(resultsOf(scale, three));
		expect(publicResultsOf(scale, three.slice(0, 1), 1)).toMatchObject({ type: 'scale', total: 1 });
	});

	it('keeps the group threshold at three', () => {
		expect(GROUP_THRESHOLD).toBe(3);
	});
});
