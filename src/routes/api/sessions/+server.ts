import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { sessionModes } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import { tooMany } from '$lib/server/httpLimits';
import { JoinCodesExhausted } from '$lib/server/sessions/service';
import type { RequestHandler } from './$types';

const body = z.object({
	deckId: z.string().min(1).max(100),
	mode: z.enum(sessionModes).default('group'),
	/** Continue a course, or start a new one with this name; neither for a single session. */
	courseId: z.string().min(1).max(64).optional(),
	courseName: z.string().trim().min(1).max(80).optional()
});

/** Starts a session. The presenter and screen keys are returned once and never stored in clear. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const { decks, sessions, limits } = getApp();
	const wait = await limits.startSession(locals.clientAddress);
	if (wait > 0) return tooMany(wait, 'too many sessions started');
	const parsed = body.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, 'expected { deckId }');
	const deck = decks.get(parsed.data.deckId);
	if (!deck) error(404, 'no deck with that id');
			let courseId: string | null = null;
	if (parsed.data.courseId) {
		const course = await sessions.store.getCourse(parsed.data.courseId);
		if (!course) error(404, 'no course with that id');
		courseId = course.id;
	} else if (parsed.data.courseName) {
		courseId = (await sessions.createCourse(parsed.data.courseName)).id;
	}
	const created = await sessions.create(deck, parsed.data.mode, courseId).catch((e: unknown) => {
		if (e instanceof JoinCodesExhausted) error(503, e.message);
		throw e;
	});
	const { session, presenterKey, screenKey } = created;
	return json(
		{ sessionId: session.record.id, joinCode: session.record.joinCode, presenterKey, screenKey },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
