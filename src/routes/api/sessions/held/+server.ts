import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { heldSessions } from '$lib/server/sessionList';
import type { RequestHandler } from './$types';

const body = z.object({
	sessions: z
		.array(z.object({ id: z.string().min(8).max(64), presenterKey: z.string().min(32).max(128) }))
		.max(500)
});

/** The sessions this browser started: it proves each with the presenter key it keeps. */
export const POST: RequestHandler = async ({ request }) => {
	const parsed = body.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'expected { sessions: [{ id, presenterKey }] }');
	return json(
		{ sessions: await heldSessions(getApp(), parsed.data.sessions) },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
