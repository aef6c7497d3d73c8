import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { PRESENTER_COOKIE, safeTarget } from '$lib/server/presenterAuth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	if (!getApp().config.PRESENTER_PASSWORD) redirect(303, safeTarget(url.searchParams.get('to')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, url, cookies, locals }) => {
		const { limits, logins } = getApp();
		if (!logins.required) redirect(303, '/');
		// The point is taken before the body is read: a slow or concurrent body cannot slip past.
		const guessed = await limits.guess(
			'password',
			locals.clientAddress,
			async () => {
				const given = String((await request.formData().catch(() => null))?.get('password') ?? '');
				return logins.passwordMatches(given);
			},
			(right) => right
		);
		if (guessed.limited) return fail(429, { error: 'tooMany' as const });
		if (!guessed.result) return fail(403, { error: 'wrong' as const });
		const { token, maxAge } = await logins.grant();
		cookies.set(PRESENTER_COOKIE, token, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge
		});
		redirect(303, safeTarget(url.searchParams.get('to')));
	}
};
