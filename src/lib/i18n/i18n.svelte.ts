/**
 * The current UI language, as a rune so every component re-renders when it is switched. Each
 * language's messages are a chunk of their own, loaded when a page needs them: a phone reading
 * Danish never downloads the English.
 */
import type { AnswerWords } from '../questions/display';
import { answerWordsFrom } from './answerWordsFrom';
import type { Catalogue, MessageKey } from './da';
import { defaultLocale, type Locale } from './locale';

const current = $state<{ locale: Locale }>({ locale: defaultLocale });
let loaded = $state.raw<Partial<Record<Locale, Catalogue>>>({});
/** Not state: only which loads are under way, so each language is fetched once. */
const loading: Partial<Record<Locale, Promise<void>>> = {};

const catalogues: Record<Locale, () => Promise<Catalogue>> = {
	da: () => import('./da').then((m) => m.da),
	en: () => import('./en').then((m) => m.en)
};

/** Loads a language's messages once; the root layout awaits the page's, before it renders. */
export function loadMessages(locale: Locale): Promise<void> {
	if (loaded[locale]) return Promise.resolve();
	return (loading[locale] ??= catalogues[locale]().then((messages) => {
		loaded = { ...loaded, [locale]: messages };
	}));
}

export function setLocale(locale: Locale): void {
	current.locale = locale;
}

export function getLocale(): Locale {
	return current.locale;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return tIn(current.locale, key, params);
}

/**
 * A message in a given language, e.g. a deck's own language for pictures that belong to it.
 * Until that language has arrived the page's own stands in, and the text follows when it does.
 */
export function tIn(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	if (!loaded[locale]) void loadMessages(locale);
	const template =
		(loaded[locale] ?? loaded[current.locale] ?? loaded.da ?? loaded.en)?.[key] ?? '';
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The fixed answer words (agreement, myth or fact) in the current language. */
export function shownAnswerWords(): AnswerWords {
	return answerWordsFrom((key) => t(key));
}

/** A number as people read it in the current language: a decimal comma in Danish. */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(current.locale === 'en' ? 'en-GB' : 'da-DK', {
		maximumFractionDigits: 1
	}).format(value);
}
