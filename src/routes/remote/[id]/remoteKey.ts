/**
 * A paired phone proves itself first with the one-time token from the QR code, then with the key
 * the server gives it in return, kept on the phone for every later visit.
 */
import type { Handshake } from '$lib/protocol';

const storageKey = (sessionId: string) => `forsta:remote:${sessionId}`;

/** How this phone joins as the remote: a fresh token in the address wins over a kept key. */
export function remoteHandshake(sessionId: string, hash: string): Handshake | null {
	const pairingToken = new URLSearchParams(hash.replace(/^#/, '')).get('p');
	if (pairingToken) return { role: 'remote', sessionId, pairingToken };
	const remoteKey = keptKey(sessionId);
	return remoteKey ? { role: 'remote', sessionId, remoteKey } : null;
}

export function keepRemoteKey(sessionId: string, remoteKey: string): void {
	try {
		localStorage.setItem(storageKey(sessionId), remoteKey);
	} catch {
		/* without storage the phone pairs again next time */
	}
}

/** The server refused the key (revoked, or another phone paired): it is of no use any more. */
export function dropRemoteKey(sessionId: string): void {
	try {
		localStorage.removeItem(storageKey(sessionId));
	} catch {
		/* nothing kept */
	}
}

function keptKey(sessionId: string): string | null {
	try {
		return localStorage.getItem(storageKey(sessionId));
	} catch {
		return null;
	}
}
