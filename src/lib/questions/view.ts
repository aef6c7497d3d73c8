/** How a question looks on a phone and on the screen: what to answer, nothing that spoils it. */
import type { Question } from '../decks/schema';
import type { QuestionPhase } from '../live/types';

type QuestionViewBase = { id: string; text: string; phase: QuestionPhase };
export type ScaleQuestionView = QuestionViewBase & {
	type: 'scale';
	min: number;
	max: number;
	minLabel: string;
	maxLabel: string;
};
export type QuestionView =
	| ScaleQuestionView
	| (QuestionViewBase & { type: 'agree5' })
	| (QuestionViewBase & { type: 'single' | 'multiple'; options: string[] })
	/** The right answer and its explanation are sent only once the question is revealed. */
	| (QuestionViewBase & { type: 'myth-fact'; answer?: 'myth' | 'fact'; explanation?: string })
	| (QuestionViewBase & { type: 'open-text' | 'word-cloud' | 'goal' | 'activity-rating' })
	| (QuestionViewBase & {
			type: 'questionnaire';
			items: string[];
			minLabel: string;
			maxLabel: string;
	  });

export function questionView(question: Question, phase: QuestionPhase): QuestionView {
	const base = { id: question.id, text: question.text, phase };
	switch (question.type) {
		case 'scale':
			return {
				...base,
				type: 'scale',
				min: question.min,
				max: question.max,
				minLabel: question['min-label'],
				maxLabel: question['max-label']
			};
		case 'single':
		case 'multiple':
			return { ...base, type: question.type, options: question.options };
		case 'myth-fact':
			// The answer would spoil the question: it travels only with the reveal.
			return phase === 'revealed'
				? { ...base, type: 'myth-fact', answer: question.answer, explanation: question.explanation }
				: { ...base, type: 'myth-fact' };
		case 'questionnaire':
			return {
				...base,
				type: 'questionnaire',
				items: question.options,
				minLabel: question['min-label'],
				maxLabel: question['max-label']
			};
		default:
			return { ...base, type: question.type };
	}
}
