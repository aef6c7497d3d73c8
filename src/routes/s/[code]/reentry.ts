import { isParticipantId } from '$lib/protocol/ids';

/** The participant a personal code belongs to, or null when the server knows no such code. */
export async function participantForCode(code: string): Promise<string | null> {
	const response = await fetch('/api/reentry', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ code })
	});
	if (!response.ok) return null;
	const body: unknown = await response.json().catch(() => null);
	const id = typeof body === 'object' && body !== null ? Reflect.get(body, 'participantId') : null;
	return isParticipantId(id) ? id : null;
}
