/**
 * The session list (/sessions). Join codes and participant counts are the presenter's business:
 * a browser sees the sessions it holds presenter keys for, and all of them only when the
 * presenter has logged in with PRESENTER_PASSWORD.
 */
import type { App } from './app';
import type { SessionSummary } from './store/types';

export type ListedSession = ReturnType<typeof listed>;

function listed(app: App, s: SessionSummary) {
	return {
		id: s.id,
		joinCode: s.joinCode,
		deckTitle: app.decks.get(s.deckId)?.title ?? s.deckId,
		variant: s.variant,
		mode: s.state.mode,
		phase: s.state.phase,
		createdAt: s.createdAt,
		participants: s.participants
	};
}

export async function allSessions(app: App): Promise<ListedSession[]> {
	return (await app.sessions.store.listSessions()).map((s) => listed(app, s));
}

/** The sessions whose presenter key the browser proves, newest first; unknown ones are left out. */
export async function heldSessions(
	app: App,
	held: { id: string; presenterKey: string }[]
): Promise<ListedSession[]> {
	const found = await Promise.all(
		held.map(async ({ id, presenterKey }) => {
			const session = await app.sessions.get(id);
			if (!session || !app.sessions.isPresenter(session, presenterKey)) return [];
			const { deckJson: _d, presenterKeyHash: _p, screenKeyHash: _s, ...record } = session.record;
			const participants = (await app.sessions.store.listParticipants(id)).length;
			return [listed(app, { ...record, participants })];
		})
	);
	return found.flat().sort((a, b) => b.createdAt - a.createdAt);
}
