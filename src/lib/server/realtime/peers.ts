/**
 * Between instances (only with REDIS_URL): every change one instance stores goes to the others as
 * a small note through the adapter, and each applies it to its own cache and publishes for its own
 * sockets. A state note carries the new state, so a slide change reads nothing from the store
 * anywhere; an answers note makes the others read the session's answers once, at their next
 * publish. The store's compare-and-set on `seq` is the backstop when a note is late.
 */
import type { SessionService } from '../sessions/service';
import type { Publisher } from './publish';
import { rooms, type IO, type Note } from './types';

export type Peers = { presenceChanged(sessionId: string): void };

export function linkPeers(io: IO, sessions: SessionService, publisher: Publisher): Peers {
	const tell = (note: Note) => io.serverSideEmit('session:changed', note);
	sessions.onChange(tell);
	io.on('session:changed', (note: Note) => {
		if (note.kind !== 'presence') sessions.apply(note);
		if (note.kind === 'deleted')
			return void io.local.in(sessionRooms(note.sessionId)).disconnectSockets(true);
		const session = sessions.cached(note.sessionId);
		if (!session) return;
		// A slide change shows at once; answers and arrivals gather into one update.
		if (note.kind === 'state')
			void publisher.publish(session).catch((e: unknown) => console.error('Publish failed:', e));
		else publisher.publishSoon(session);
	});
	return { presenceChanged: (sessionId) => tell({ sessionId, kind: 'presence' }) };
}

export const sessionRooms = (sessionId: string) => [
	rooms.presenter(sessionId),
	rooms.screen(sessionId),
	rooms.participants(sessionId),
	rooms.remote(sessionId)
];
