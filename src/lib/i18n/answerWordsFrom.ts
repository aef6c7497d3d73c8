import type { AnswerWords } from '../questions/display';
import type { MessageKey } from './da';

/** The fixed answer words (agreement, myth or fact), each looked up by its message key. */
export function answerWordsFrom(message: (key: MessageKey) => string): AnswerWords {
	return {
		agree: [
			message('answer.agree.1'),
			message('answer.agree.2'),
			message('answer.agree.3'),
			message('answer.agree.4'),
			message('answer.agree.5')
		],
		myth: message('answer.myth'),
		fact: message('answer.fact')
	};
}
