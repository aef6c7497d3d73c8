import { describe, expect, it } from 'vitest';
import { readability } from './readability';

describe('readability (LIX)', () => {
	it('is words per sentence plus the percentage of words longer than six letters', () => {
		// 8 words, 2 sentences, 3 long words ("bevægelse", "hjælper", "smerterne"): 8/2 + 100·3/8.
		expect(readability('Bevægelse hjælper ofte. Smerterne bliver mindre med tiden.')).toEqual({
			words: 8,
			sentences: 2,
			longWords: 3,
			lix: 41.5
		});
	});

	it('ends a sentence at every line, with or without a full stop', () => {
		expect(readability('Gå en tur\nHvil lidt\nGå igen').sentences).toBe(3);
	});

	it('counts a hyphenated or elided word as one word, without its hyphen', () => {
		const result = readability('Ryg-øvelser er gode.');
		expect(result.words).toBe(3);
		expect(result.longWords).toBe(1);
	});

	it('does not end a sentence at a decimal point or inside a word', () => {
		expect(readability('Det tager 2.5 uger.').sentences).toBe(1);
	});

	it('rounds to one decimal and is 0 for text without words', () => {
		expect(readability('').lix).toBe(0);
		expect(readability('— … —')).toEqual({ words: 0, sentences: 0, longWords: 0, lix: 0 });
		expect(readability('En to tre. Fire fem.').lix).toBe(2.5);
	});
});
