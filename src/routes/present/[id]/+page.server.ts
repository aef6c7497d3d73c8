import { getApp } from '$lib/server/app';
import { joinTargetFor, sessionOr404 } from '$lib/server/sessionPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const session = await sessionOr404(params.id);
	// Only what the URL already tells; the deck and notes arrive over the authenticated socket.
	return {
		sessionId: session.record.id,
		join: joinTargetFor(url),
		retentionDays: getApp().config.RETENTION_DAYS
	};
};
