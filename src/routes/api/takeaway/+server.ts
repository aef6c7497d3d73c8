import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { participantIdSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import { normaliseReentryCode } from '$lib/server/course';
import { takeAwayFor } from '$lib/server/takeaway';
import type { RequestHandler } from './$types';

/** The phone's own id, or the personal code from another phone, opens the take-away. */
const body = z.union([
	z.object({ participantId: participantIdSchema }),
	z.object({ code: z.string().min(4).max(20) })
]);

export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const { limits } = getApp();
	if ((await limits.guessWait(getClientAddress())) > 0)
		error(429, 'too many wrong codes; wait a minute');
	const parsed = body.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'expected { participantId } or { code }');
	const { sessions, decks } = getApp();
	const participantId =
		'participantId' in parsed.data
			? parsed.data.participantId
			: await sessions.store.findParticipantByCode(normaliseReentryCode(parsed.data.code));
	if (!participantId) {
		await limits.wrongGuess(getClientAddress());
		error(404, 'no participant with that code');
	}
	const takeAway = await takeAwayFor(participantId, sessions, decks);
	if (takeAway.sessions.length === 0) error(404, 'nothing stored for this phone');
	return json({ participantId, ...takeAway }, { headers: { 'cache-control': 'no-store' } });
};
