import type { AnswerWords } from '../questions/display';
import { answerWordsFrom } from './answerWordsFrom';
import type { Locale } from './locale';
import { catalogue } from './messages';

/** The answer words in one language, on the server, which holds every language. */
export const answerWords = (locale: Locale): AnswerWords =>
	answerWordsFrom((key) => catalogue[locale][key]);
