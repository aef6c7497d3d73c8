import { loadMessages } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

/** The page's language arrives before anything renders, on the server and in the browser. */
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.locale);
	return data;
};
