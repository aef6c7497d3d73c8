/**
 * The screen key comes in the address the console opens, and is kept for reloads in this tab
 * only: the console's window.open gives every screen its own tab.
 */
const storageKey = (sessionId: string) => `forsta:screen:${sessionId}`;

/** The key from the address (which the page then takes out of it) or the one kept before. */
export function screenKey(sessionId: string, hash: string): string | null {
	const fresh = new URLSearchParams(hash.replace(/^#/, '')).get('k');
	try {
		if (fresh) sessionStorage.setItem(storageKey(sessionId), fresh);
		return fresh ?? sessionStorage.getItem(storageKey(sessionId));
	} catch {
		return fresh;
	}
}
