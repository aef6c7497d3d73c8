import { sessionOr404 } from '$lib/server/sessionPage';
import type { PageServerLoad } from './$types';

/** The phone proves itself over the socket, with its pairing token or its own key. */
export const load: PageServerLoad = async ({ params }) => {
	const session = await sessionOr404(params.id);
	return { sessionId: session.record.id };
};
