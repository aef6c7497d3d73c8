import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { isPresenter, PRESENTER_COOKIE, presenterToken } from '$lib/server/presenterAuth';
import type { Actions, PageServerLoad } from './$types';

const safeTarget = (to: string | null) =>
	to && to.startsWith('/') && !to.startsWith('//') ? to : '/';

export const load: PageServerLoad = ({ url }) => {
	if (!getApp().config.PRESENTER_PASSWORD) redirect(303, safeTarget(url.searchParams.get('to')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, url, cookies, locals }) => {
		const { config, limits } = getApp();
		const password = config.PRESENTER_PASSWORD;
		if (!password) redirect(303, '/');
		// The point is taken before the body is read: a slow or concurrent body cannot slip past.
		const guessed = await limits.guess(
			'password',
			locals.clientAddress,
			async () => {
				const given = String((await request.formData().catch(() => null))?.get('password') ?? '');
				return isPresenter(presenterToken(given), password);
			},
			(right) => right
		);
		if (guessed.limited) return fail(429, { error: 'tooMany' as const });
		if (!guessed.result) return fail(403, { error: 'wrong' as const });
		cookies.set(PRESENTER_COOKIE, presenterToken(password), {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 12
		});
		redirect(303, safeTarget(url.searchParams.get('to')));
	}
};
