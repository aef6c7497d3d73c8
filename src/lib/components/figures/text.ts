import { tIn } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locale';
import type { MessageKey } from '$lib/i18n/messages';

/** Pictures belong to the deck, so they speak the deck's language, not the interface's. */
export function inLanguage(language: Locale): (key: MessageKey) => string {
	return (key) => tIn(language, key);
}
