import { describe, expect, it } from 'vitest';
import { defaultLocale, pickLocale } from './locale';

describe('pickLocale', () => {
	it('follows a language the person chose, whatever the browser says', () => {
		expect(pickLocale('en', 'da-DK,da;q=0.9')).toBe('en');
		expect(pickLocale('da', 'en-GB,en;q=0.9')).toBe('da');
	});

	it("otherwise takes the browser's most preferred language it knows", () => {
		expect(pickLocale(undefined, 'en-GB,en;q=0.9,da;q=0.8')).toBe('en');
		expect(pickLocale(undefined, 'da;q=0.5,en;q=0.9')).toBe('en');
		expect(pickLocale(undefined, 'fr-FR,en;q=0.7,da;q=0.9')).toBe('da');
	});

	it('gives Norwegian and Swedish readers the Danish text', () => {
		expect(pickLocale(undefined, 'nb-NO')).toBe('da');
		expect(pickLocale(undefined, 'no')).toBe('da');
		expect(pickLocale(undefined, 'sv-SE,en;q=0.5')).toBe('da');
	});

	it('falls back to Danish for an unknown cookie, an unknown language or no header', () => {
		expect(defaultLocale).toBe('da');
		expect(pickLocale('de', 'de-DE')).toBe('da');
		expect(pickLocale(undefined, null)).toBe('da');
		expect(pickLocale(undefined, '')).toBe('da');
	});
});
