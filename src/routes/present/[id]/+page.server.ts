import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { joinTarget } from '$lib/server/joinUrl';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { sessions, config } = getApp();
	const session = await sessions.get(params.id);
	if (!session) error(404, 'no such session');
	// Only what the URL already tells; the deck and notes arrive over the authenticated socket.
	return {
		sessionId: session.record.id,
		join: joinTarget(url, { publicUrl: config.PUBLIC_URL, host: config.HOST }),
		retentionDays: config.RETENTION_DAYS
	};
};
