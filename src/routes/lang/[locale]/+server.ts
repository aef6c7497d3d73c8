import { error, redirect } from '@sveltejs/kit';
import { locales, type Locale } from '$lib/i18n/locale';
import type { RequestHandler } from './$types';

/**
 * Switching language works as a plain link, so it also works on a slow phone before the page's
 * script has started. Only paths on this site are accepted as the way back.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!(locales as readonly string[]).includes(params.locale)) error(404, 'unknown language');
	cookies.set('lang', params.locale as Locale, {
		path: '/',
		maxAge: 31_536_000,
		sameSite: 'lax',
		httpOnly: false
	});
	const to = url.searchParams.get('to') ?? '/';
	redirect(303, to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/');
};
