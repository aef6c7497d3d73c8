import { PARTICIPANT_ID_PATTERN } from '$lib/protocol/ids';

/**
 * The participant's pseudonymous id lives only on the phone. crypto.randomUUID needs a secure
 * context, which a clinic's plain-http LAN address is not, so the id is made from random bytes.
 */
export function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function participantId(): string {
	const key = 'forsta:participant-id';
	try {
		const existing = localStorage.getItem(key);
		if (existing && PARTICIPANT_ID_PATTERN.test(existing)) return existing;
		const id = randomId();
		localStorage.setItem(key, id);
		return id;
	} catch {
		// Private mode without storage: still works, but a reload makes a new participant.
		return randomId();
	}
}

/** Takes over the id a personal code belongs to, so this phone continues as that participant. */
export function adoptParticipantId(id: string): void {
	try {
		localStorage.setItem('forsta:participant-id', id);
	} catch {
		/* without storage the code cannot be kept on this phone */
	}
}

export function storedNickname(): string {
	try {
		return localStorage.getItem('forsta:nickname') ?? '';
	} catch {
		return '';
	}
}

export function storeNickname(name: string): void {
	try {
		localStorage.setItem('forsta:nickname', name);
	} catch {
		/* storage unavailable: the name still reaches the server for this connection */
	}
}
