import { getApp } from '$lib/server/app';
import { allSessions } from '$lib/server/sessionList';
import type { PageServerLoad } from './$types';

/** Without a presenter login the page lists nothing itself; it asks for the sessions it holds keys for. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const app = getApp();
	setHeaders({ 'cache-control': 'no-store' });
	return {
		retentionDays: app.config.RETENTION_DAYS,
		sessions: locals.presenter ? await allSessions(app) : null
	};
};
