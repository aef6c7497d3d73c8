import { z } from 'zod';
import { participantIdSchema } from '$lib/protocol';

const claimed = z.object({ participantId: participantIdSchema });

/** The participant a personal code belongs to, or null when the server knows no such code. */
export async function participantForCode(code: string): Promise<string | null> {
	const response = await fetch('/api/reentry', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ code })
	});
	if (!response.ok) return null;
	const body = claimed.safeParse(await response.json().catch(() => null));
	return body.success ? body.data.participantId : null;
}
