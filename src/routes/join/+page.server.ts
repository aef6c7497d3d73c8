import { fail, redirect } from '@sveltejs/kit';
import { joinCodeSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import type { Actions } from './$types';

/** A plain form post, so joining works even before the page's script has loaded on an old phone. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { sessions, limits } = getApp();
		const guessed = await limits.guess(
			'joinCode',
			locals.clientAddress,
			async () => {
				const raw = String((await request.formData().catch(() => null))?.get('code') ?? '');
				const code = joinCodeSchema.safeParse(raw);
				if (!code.success) return { raw, status: 'invalid' as const };
				const session = await sessions.findByCode(code.data);
				if (!session) return { raw, status: 'notFound' as const };
				return {
					raw,
					code: code.data,
					status: session.record.state.phase === 'ended' ? ('ended' as const) : ('live' as const)
				};
			},
			(r) => r.status !== 'notFound'
		);
		if (guessed.limited) return fail(429, { code: '', error: 'tooMany' as const });
		const { raw, status } = guessed.result;
		if (status === 'invalid') return fail(400, { code: raw, error: 'invalid' as const });
		if (status !== 'live') return fail(404, { code: raw, error: status });
		redirect(303, `/s/${guessed.result.code}`);
	}
};
