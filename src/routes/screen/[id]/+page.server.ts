import { joinTargetFor, sessionOr404 } from '$lib/server/sessionPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const session = await sessionOr404(params.id);
	// The screen key arrives in the URL fragment, which never reaches the server or its logs.
	return { sessionId: session.record.id, joinBase: joinTargetFor(url).base };
};
