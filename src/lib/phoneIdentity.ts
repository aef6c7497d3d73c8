import { isParticipantId } from '$lib/protocol/ids';

/** The participant this phone is, in every session; it never leaves the phone but as that id. */
const idKey = 'forsta:participant-id';
const nicknameKey = 'forsta:nickname';

/**
 * crypto.randomUUID needs a secure context, which a clinic's plain-http LAN address is not, so
 * ids are made from random bytes.
 */
export function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The id this phone already has, or null on a phone that never joined. */
export function storedParticipantId(): string | null {
	try {
		const stored = localStorage.getItem(idKey);
		return isParticipantId(stored) ? stored : null;
	} catch {
		return null;
	}
}

export function participantId(): string {
	const existing = storedParticipantId();
	if (existing) return existing;
	const id = randomId();
	// Private mode without storage still works, but a reload makes a new participant.
	adoptParticipantId(id);
	return id;
}

/** Takes over the id a personal code belongs to, so this phone continues as that participant. */
export function adoptParticipantId(id: string): void {
	try {
		localStorage.setItem(idKey, id);
	} catch {
		/* without storage the code cannot be kept on this phone */
	}
}

/** "ABCD2345" → "ABCD-2345": the personal code as the participant reads and types it. */
export function formatPersonalCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function storedNickname(): string {
	try {
		return localStorage.getItem(nicknameKey) ?? '';
	} catch {
		return '';
	}
}

export function storeNickname(name: string): void {
	try {
		localStorage.setItem(nicknameKey, name);
	} catch {
		/* storage unavailable: the name still reaches the server for this connection */
	}
}
