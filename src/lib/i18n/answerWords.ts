import type { AnswerWords } from '../questions/display';
import { catalogue } from './messages';
import type { Locale } from './locale';

/** The fixed answer words (agreement, myth or fact) in one language, for showing an answer. */
export function answerWords(locale: Locale): AnswerWords {
	const m = catalogue[locale];
	return {
		agree: [
			m['answer.agree.1'],
			m['answer.agree.2'],
			m['answer.agree.3'],
			m['answer.agree.4'],
			m['answer.agree.5']
		],
		myth: m['answer.myth'],
		fact: m['answer.fact']
	};
}
