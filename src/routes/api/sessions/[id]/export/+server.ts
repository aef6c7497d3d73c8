import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { exportPseudonym, toCsv, toJson } from '$lib/server/export';
import type { RequestHandler } from './$types';

/** Only the presenter, who holds the presenter key, can take the answers out. */
export const GET: RequestHandler = async ({ params, request, url }) => {
	const { sessions, pseudonymKey } = getApp();
	const session = await sessions.get(params.id);
	const key = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
	if (!session || !key || !sessions.isPresenter(session, key)) error(404, 'no such session');
	const [participants, answers] = await Promise.all([
		sessions.store.listParticipants(session.record.id),
		sessions.store.listAnswers(session.record.id)
	]);
	const data = {
		session,
		participants,
		answers,
		pseudonym: (id: string) => exportPseudonym(pseudonymKey, id)
	};
	const json = url.searchParams.get('format') === 'json';
	const stamp = new Date(session.record.createdAt).toISOString().slice(0, 10);
	const name = `forsta-${session.record.deckId}-${stamp}.${json ? 'json' : 'csv'}`;
	return new Response(json ? toJson(data) : toCsv(data), {
		headers: {
			'content-type': json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};
