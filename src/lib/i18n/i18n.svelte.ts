/** The current UI language, as a rune so every component re-renders when it is switched. */
import { catalogue, type MessageKey } from './messages';
import { defaultLocale, type Locale } from './locale';

const current = $state<{ locale: Locale }>({ locale: defaultLocale });

export function setLocale(locale: Locale): void {
	current.locale = locale;
}

export function getLocale(): Locale {
	return current.locale;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return tIn(current.locale, key, params);
}

/** A message in a given language, e.g. a deck's own language for pictures that belong to it. */
export function tIn(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const template: string = catalogue[locale][key] ?? catalogue.da[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A number as people read it in the current language: a decimal comma in Danish. */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(current.locale === 'en' ? 'en-GB' : 'da-DK', {
		maximumFractionDigits: 1
	}).format(value);
}
