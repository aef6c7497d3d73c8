import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

/** The presenter deletes a session at once: its participants and answers go with it. */
export const DELETE: RequestHandler = async ({ params, request }) => {
	const { sessions } = getApp();
	const session = await sessions.get(params.id);
	const key = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
	if (!session || !key || !sessions.isPresenter(session, key)) error(404, 'no such session');
	await sessions.deleteSession(session.record.id);
	return new Response(null, { status: 204 });
};
