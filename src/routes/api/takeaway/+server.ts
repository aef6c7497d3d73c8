import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { participantIdSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import { normaliseReentryCode } from '$lib/server/course';
import { guessJson } from '$lib/server/httpLimits';
import { takeAwayFor } from '$lib/server/takeaway';
import type { RequestHandler } from './$types';

/** The phone's own id, or the personal code from another phone, opens the take-away. */
const body = z.union([
	z.object({ participantId: participantIdSchema }),
	z.object({ code: z.string().min(4).max(20) })
]);

export const POST: RequestHandler = async ({ request, locals }) => {
	const { sessions, decks } = getApp();
	// Both forms are credentials: an id or a code that opens nothing counts as a wrong guess.
	const outcome = await guessJson(
		'personalCode',
		locals.clientAddress,
		request,
		body,
		async (b) => {
			const participantId =
				'participantId' in b
					? b.participantId
					: await sessions.store.findParticipantByCode(normaliseReentryCode(b.code));
			const takeAway = participantId
				? await takeAwayFor(participantId, sessions, decks)
				: undefined;
			return takeAway && takeAway.sessions.length > 0 ? { participantId, takeAway } : undefined;
		}
	);
	if (outcome instanceof Response) return outcome;
	if (outcome === 'invalid') error(400, 'expected { participantId } or { code }');
	if (!outcome.found)
		error(
			404,
			'code' in outcome.body ? 'no participant with that code' : 'nothing stored for this phone'
		);
	return json(
		{ participantId: outcome.found.participantId, ...outcome.found.takeAway },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
