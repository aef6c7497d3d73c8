export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

/** A chosen language (cookie) wins; otherwise the browser's preference; Danish by default. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (cookie === 'da' || cookie === 'en') return cookie;
	const preferred = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', q] = part.trim().split(';q=');
			return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { lang } of preferred) {
		if (lang === 'da' || lang === 'nb' || lang === 'no' || lang === 'sv') return 'da';
		if (lang === 'en') return 'en';
	}
	return defaultLocale;
}
