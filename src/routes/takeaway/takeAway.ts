import { adoptParticipantId } from '$lib/phoneIdentity';
import { participantIdSchema } from '$lib/protocol';
import type { TakeAway } from '$lib/server/takeaway';

/**
 * The take-away of the participant this phone is, or of the one a personal code belongs to;
 * null when the server has none. Opening with a code makes this phone that participant from now
 * on, as continuing in a session with it does.
 */
export async function fetchTakeAway(
	by: { participantId: string } | { code: string }
): Promise<TakeAway | null> {
	const response = await fetch('/api/takeaway', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(by)
	});
	if (!response.ok) return null;
	const { participantId, ...takeAway } = (await response.json()) as TakeAway & {
		participantId: unknown;
	};
	const owner = participantIdSchema.safeParse(participantId);
	if (owner.success) adoptParticipantId(owner.data);
	return takeAway;
}
