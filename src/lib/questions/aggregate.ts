/** Anonymous aggregates for every question type. Pure: answers in, results out. */
import type { Question } from '../decks/schema';
import { median, scaleResults, type Results } from './results';
import type { AnswerValue } from './values';

export type ModerationStatus = 'pending' | 'approved' | 'hidden';
export type CountedAnswer = {
	answerId: string;
	value: AnswerValue;
	status: ModerationStatus | null;
};

/** In a group, results stay hidden until this many have answered, so no one can be singled out. */
export const GROUP_THRESHOLD = 3;

const numbers = (answers: CountedAnswer[]) =>
	answers.map((a) => a.value).filter((v): v is number => typeof v === 'number');

/** The full results, as the presenter sees them. Null for private questions (personal goals). */
export function resultsOf(question: Question, answers: CountedAnswer[]): Results | null {
	const questionId = question.id;
	switch (question.type) {
		case 'scale':
			return scaleResults(questionId, question.min, question.max, numbers(answers));
		case 'agree5':
			return scaleResults(questionId, 1, 5, numbers(answers));
		case 'activity-rating': {
			const ratings = answers.flatMap((a) =>
				typeof a.value === 'object' && a.value && 'rating' in a.value ? [a.value.rating] : []
			);
			return scaleResults(questionId, 0, 10, ratings);
		}
		case 'single':
		case 'multiple': {
			const counts = question.options.map(() => 0);
			for (const { value } of answers)
				for (const i of Array.isArray(value) ? value : [value])
					if (typeof i === 'number' && i in counts) counts[i]! += 1;
			return {
				questionId,
				type: 'choice',
				total: answers.length,
				options: question.options,
				counts
			};
		}
		case 'myth-fact': {
			const myth = answers.filter((a) => a.value === 'myth').length;
			const fact = answers.filter((a) => a.value === 'fact').length;
			return {
				questionId,
				type: 'myth-fact',
				total: myth + fact,
				myth,
				fact,
				answer: question.answer,
				explanation: question.explanation
			};
		}
		case 'word-cloud': {
			const tally = new Map<string, number>();
			for (const a of answers) {
				if (a.status !== 'approved' || typeof a.value !== 'string') continue;
				const word = a.value.toLocaleLowerCase('da');
				tally.set(word, (tally.get(word) ?? 0) + 1);
			}
			const words = [...tally]
				.map(([word, count]) => ({ word, count }))
				.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'da'));
			return { questionId, type: 'words', total: answers.length, words };
		}
		case 'open-text': {
			const entries = answers
				.filter((a) => a.status === 'approved' && typeof a.value === 'string')
				.map((a) => ({ id: a.answerId, text: a.value as string }));
			return { questionId, type: 'wall', total: answers.length, entries };
		}
		case 'questionnaire': {
			const items = question.options.map((text, i) => {
				const values = answers.flatMap((a) =>
					Array.isArray(a.value) && typeof a.value[i] === 'number' ? [a.value[i] as number] : []
				);
				return { text, count: values.length, median: median(values) };
			});
			return { questionId, type: 'questionnaire', total: answers.length, items };
		}
		case 'goal':
			return null;
	}
}

/** What the room may see: nothing below the group threshold, and never a private question. */
export function publicResultsOf(
	question: Question,
	answers: CountedAnswer[],
	threshold: number
): Results | null {
	const results = resultsOf(question, answers);
	if (!results) return null;
	if (answers.length < threshold)
		return { questionId: question.id, type: 'withheld', total: answers.length, needed: threshold };
	return results;
}
