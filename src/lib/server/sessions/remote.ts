/**
 * Pairing the presenter's own phone as a remote control. Only hashes are kept: of the one-time
 * pairing token in the QR code, and of the key the paired phone then holds.
 */
import type { LiveState } from '../../live/types';
import { hashSecret, newSecret, secretMatches } from '../secrets';
import type { SessionService } from './service';
import type { LiveSession } from './session';

/** A new one-time pairing token for a phone remote; only its hash is kept. */
export function pairRemote(sessions: SessionService, session: LiveSession): Promise<string> {
	const token = newSecret();
	return sessions.inTurn(session, async () => {
		await save(sessions, session, {
			remote: { ...session.record.state.remote, pairingHash: hashSecret(token) }
		});
		return token;
	});
}

/**
 * A phone presents the pairing token: it is used up, and the phone gets its own key. The key
 * replaces any phone paired before, so there is one remote at a time.
 */
export function claimRemote(
	sessions: SessionService,
	session: LiveSession,
	token: string
): Promise<string | null> {
	return sessions.inTurn(session, async () => {
		const { pairingHash } = session.record.state.remote;
		if (!pairingHash || !secretMatches(token, pairingHash)) return null;
		const remoteKey = newSecret();
		await save(sessions, session, {
			remote: { pairingHash: null, keyHash: hashSecret(remoteKey) }
		});
		return remoteKey;
	});
}

export function isRemote(session: LiveSession, remoteKey: string): boolean {
	const { keyHash } = session.record.state.remote;
	return !!keyHash && secretMatches(remoteKey, keyHash);
}

export function revokeRemote(sessions: SessionService, session: LiveSession): Promise<void> {
	return sessions.inTurn(session, () =>
		save(sessions, session, { remote: { pairingHash: null, keyHash: null } })
	);
}

/** A change of state that is not a presenter command; it still counts as a step. */
async function save(sessions: SessionService, session: LiveSession, patch: Partial<LiveState>) {
	const before = session.record.state;
	if (!(await sessions.saveState(session, { ...before, ...patch, seq: before.seq + 1 }, before)))
		throw new Error('the session changed meanwhile');
}
