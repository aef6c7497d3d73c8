import { z } from 'zod';
import { saveKeys } from '$lib/presenterKeys';
import type { SessionMode } from '$lib/protocol';

export type CourseFields = { courseId?: string; courseName?: string };

/**
 * What the library's course choice sends. `choice` is '' for a single session, a course id to
 * continue it, or 'new' to start one; a new course without a name is a single session.
 */
export function courseFields(choice: string, newName: string): CourseFields {
	if (choice === 'new') return newName.trim() ? { courseName: newName.trim() } : {};
	return choice ? { courseId: choice } : {};
}

const created = z.object({
	sessionId: z.string().min(1),
	presenterKey: z.string().min(1),
	screenKey: z.string().min(1)
});

/**
 * Starts a session and keeps its presenter and screen keys in this browser, the only place they
 * exist in clear. Throws with the server's reason when it refuses.
 */
export async function startSession(
	deckId: string,
	mode: SessionMode,
	course: CourseFields
): Promise<string> {
	const response = await fetch('/api/sessions', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ deckId, mode, ...course })
	});
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) throw new Error(reason(body) ?? response.statusText);
	const session = created.safeParse(body);
	if (!session.success) throw new Error('unexpected answer from the server');
	const { sessionId, presenterKey, screenKey } = session.data;
	saveKeys(sessionId, { presenterKey, screenKey });
	return sessionId;
}

function reason(body: unknown): string | undefined {
	const parsed = z.object({ message: z.string() }).safeParse(body);
	return parsed.success ? parsed.data.message : undefined;
}
