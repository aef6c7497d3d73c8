import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { normaliseReentryCode } from '$lib/server/course';
import { guessJson } from '$lib/server/httpLimits';
import type { RequestHandler } from './$types';

const body = z.object({ code: z.string().min(4).max(20) });

/** A personal code from an earlier session lets a new phone continue as the same participant. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const { store } = getApp().sessions;
	const outcome = await guessJson('personalCode', locals.clientAddress, request, body, ({ code }) =>
		store.findParticipantByCode(normaliseReentryCode(code))
	);
	if (outcome instanceof Response) return outcome;
	if (outcome === 'invalid') error(400, 'expected { code }');
	if (!outcome.found) error(404, 'no participant with that code');
	return json({ participantId: outcome.found }, { headers: { 'cache-control': 'no-store' } });
};
