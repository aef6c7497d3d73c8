import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { sessions, decks, config } = getApp();
	const list = await sessions.store.listSessions();
	return {
		retentionDays: config.RETENTION_DAYS,
		sessions: list.map((s) => ({
			id: s.id,
			joinCode: s.joinCode,
			deckTitle: decks.get(s.deckId)?.title ?? s.deckId,
			variant: s.variant,
			mode: s.state.mode,
			phase: s.state.phase,
			createdAt: s.createdAt,
			participants: s.participants
		}))
	};
};
