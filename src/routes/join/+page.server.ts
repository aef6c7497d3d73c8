import { fail, redirect } from '@sveltejs/kit';
import { joinCodeSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import type { Actions } from './$types';

/** A plain form post, so joining works even before the page's script has loaded on an old phone. */
export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const raw = String((await request.formData()).get('code') ?? '');
		const { sessions, limits } = getApp();
		if ((await limits.guessWait(getClientAddress())) > 0)
			return fail(429, { code: raw, error: 'tooMany' as const });
		const code = joinCodeSchema.safeParse(raw);
		if (!code.success) return fail(400, { code: raw, error: 'invalid' as const });
		const session = await sessions.findByCode(code.data);
		if (!session) await limits.wrongGuess(getClientAddress());
		if (!session || session.record.state.phase === 'ended') {
			return fail(404, { code: raw, error: session ? ('ended' as const) : ('notFound' as const) });
		}
		redirect(303, `/s/${code.data}`);
	}
};
