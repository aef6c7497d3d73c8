/** The presenter and screen keys live only in this browser, per session. */
const storageKey = (sessionId: string) => `forsta:session:${sessionId}`;

export type SessionKeys = { presenterKey: string; screenKey: string };

export function saveKeys(sessionId: string, keys: SessionKeys): void {
	localStorage.setItem(storageKey(sessionId), JSON.stringify(keys));
}

export function loadKeys(sessionId: string): SessionKeys | null {
	try {
		const raw = localStorage.getItem(storageKey(sessionId));
		const keys = raw ? (JSON.parse(raw) as Partial<SessionKeys>) : null;
		return keys?.presenterKey && keys.screenKey ? (keys as SessionKeys) : null;
	} catch {
		return null;
	}
}

/** Every session this browser holds a presenter key for. */
export function heldSessions(): { id: string; presenterKey: string }[] {
	const prefix = storageKey('');
	return Object.keys(localStorage)
		.filter((k) => k.startsWith(prefix))
		.flatMap((k) => {
			const id = k.slice(prefix.length);
			const keys = loadKeys(id);
			return keys ? [{ id, presenterKey: keys.presenterKey }] : [];
		});
}
