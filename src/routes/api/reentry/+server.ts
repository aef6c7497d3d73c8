import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { normaliseReentryCode } from '$lib/server/course';
import type { RequestHandler } from './$types';

const body = z.object({ code: z.string().min(4).max(20) });

/** A personal code from an earlier session lets a new phone continue as the same participant. */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const { limits } = getApp();
	if ((await limits.guessWait(getClientAddress())) > 0)
		error(429, 'too many wrong codes; wait a minute');
	const parsed = body.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'expected { code }');
	const participantId = await getApp().sessions.store.findParticipantByCode(
		normaliseReentryCode(parsed.data.code)
	);
	if (!participantId) {
		await limits.wrongGuess(getClientAddress());
		error(404, 'no participant with that code');
	}
	return json({ participantId }, { headers: { 'cache-control': 'no-store' } });
};
