/**
 * A deck's questionnaire may name one Forstå ships (`template: baseline`) instead of repeating its
 * items: the items and end labels come from questions/library.ts, so there is one copy of them.
 */
import { questionnaires, type QuestionnaireName } from '../questions/library';
import type { Fail } from './issues';

/** A question block as read, before its schema check. */
export type QuestionCandidate = Record<string, unknown> & { text: string; options: string[] };

const names = Object.keys(questionnaires) as QuestionnaireName[];
const isName = (name: unknown): name is QuestionnaireName =>
	typeof name === 'string' && (names as string[]).includes(name);

/** The block with its `template:` replaced by the shipped questionnaire, or null after a `fail`. */
export function withTemplate(
	candidate: QuestionCandidate,
	lineOf: (key: string) => number,
	fail: Fail
): QuestionCandidate | null {
	const { template, ...question } = candidate;
	const where = lineOf('template');
	const name = `question${typeof question.id === 'string' ? ` "${question.id}"` : ''}`;
	if (question.type !== 'questionnaire') {
		fail(where, `${name}: "template" is only for "type: questionnaire"`);
		return null;
	}
	if (!isName(template)) {
		fail(
			where,
			`${name}: unknown template "${String(template)}"; expected one of ${names.join(', ')}`
		);
		return null;
	}
	const own = ['min-label', 'max-label'].filter((key) => key in question);
	if (question.options.length > 0 || own.length > 0) {
		const extra = [...own.map((key) => `"${key}"`), ...(question.options.length ? ['"- …"'] : [])];
		fail(
			own.length > 0 ? lineOf(own[0]!) : where,
			`${name}: the template "${template}" brings its own items and labels; remove ${extra.join(', ')}`
		);
		return null;
	}
	const shipped = questionnaires[template];
	return {
		...question,
		...shipped,
		options: [...shipped.options],
		text: question.text || shipped.text
	};
}
