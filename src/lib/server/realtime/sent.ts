/**
 * What this instance last sent each audience of a session, so a publish sends an audience only
 * what changed for it. An answer before the reveal changes nothing a phone sees: the phones that
 * did not answer then get no message at all. A (re)connecting socket never depends on this: it
 * gets the full state in its snapshot.
 */
import { createHash } from 'node:crypto';
import type { PublicState, RemoteState } from '../../protocol';
import type { LiveSession } from '../sessions/session';

/** Phones and the paired remote show neither the clock nor the count of phones online. */
export type Audience = 'phones' | 'screens' | 'remote';

type Sent = Partial<Record<Audience, string>>;

/** Keyed by the cached session object: a session read again starts with nothing sent. */
const sent = new WeakMap<LiveSession, Sent>();

/** A view is kept as its digest: a few bytes per session, not a copy of the slide. */
const digest = (view: string) => createHash('sha1').update(view).digest('base64');

/** The public state as the phones see it: everything but the clock and the online count. */
export const phoneView = (state: PublicState) =>
	JSON.stringify({ ...state, serverNow: 0, participantsOnline: 0 });

/** The screen and the console also show how many phones are online. */
export const screenView = (phones: string, state: PublicState) =>
	`${state.participantsOnline}\n${phones}`;

export const remoteView = (remote: RemoteState) => JSON.stringify(remote);

/**
 * True when `view` differs from what the audience got last (and remembers it as sent): the
 * caller then sends it.
 */
export function changedFor(session: LiveSession, audience: Audience, view: string): boolean {
	let last = sent.get(session);
	if (!last) sent.set(session, (last = {}));
	const seen = digest(view);
	if (last[audience] === seen) return false;
	last[audience] = seen;
	return true;
}
