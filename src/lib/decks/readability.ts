/**
 * LIX, the readability index used for Danish and Swedish: words per sentence plus the share of
 * long words (more than six letters) in percent. Below 25 is very easy, 35–44 is ordinary
 * newspaper text. Every line (a title, a paragraph, a list item) ends a sentence, as a reader
 * takes it even without a full stop.
 */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export type Readability = { words: number; sentences: number; longWords: number; lix: number };

export function readability(text: string): Readability {
	const sentences = text
		.split(/[.!?:;]+(?=\s|$)|\n/u)
		.filter((segment) => (segment.match(WORD) ?? []).length > 0).length;
	const words = text.match(WORD) ?? [];
	const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
	const lix =
		words.length === 0
			? 0
			: words.length / Math.max(1, sentences) + (100 * longWords) / words.length;
	return { words: words.length, sentences, longWords, lix: Math.round(lix * 10) / 10 };
}
