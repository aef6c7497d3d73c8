import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The phone proves itself over the socket, with its pairing token or its own key. */
export const load: PageServerLoad = async ({ params }) => {
	const session = await getApp().sessions.get(params.id);
	if (!session) error(404, 'no such session');
	return { sessionId: session.record.id };
};
