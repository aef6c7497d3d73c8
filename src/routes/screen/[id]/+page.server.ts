import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { joinTarget } from '$lib/server/joinUrl';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { sessions, config } = getApp();
	const session = await sessions.get(params.id);
	if (!session) error(404, 'no such session');
	// The screen key arrives in the URL fragment, which never reaches the server or its logs.
	return {
		sessionId: session.record.id,
		joinBase: joinTarget(url, { publicUrl: config.PUBLIC_URL, host: config.HOST }).base
	};
};
