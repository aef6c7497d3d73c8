import { loadMessages } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

/** The slide's own labels (pictures, red flags) are in the deck's language, which may differ. */
export const load: PageLoad = async ({ data }) => {
	if (data.status === 'live') await loadMessages(data.preview.deckLanguage);
	return data;
};
