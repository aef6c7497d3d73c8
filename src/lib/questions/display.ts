/** One answer as text, for the console's table and the export, and whether it needs attention. */
import type { Question } from '../decks/schema';
import type { AnswerValue } from '../protocol';

export function displayAnswer(question: Question, value: AnswerValue): string {
	switch (question.type) {
		case 'single':
			return typeof value === 'number' ? (question.options[value] ?? String(value)) : '';
		case 'multiple':
			return Array.isArray(value)
				? value.map((i) => (typeof i === 'number' ? question.options[i] : '')).join('; ')
				: '';
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
