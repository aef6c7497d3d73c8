/**
 * The presenter's HTTP calls. The presenter key travels in a header, never in a URL, so it does
 * not end up in a log or the browser history.
 */
const auth = (presenterKey: string) => ({ authorization: `Bearer ${presenterKey}` });

/** Fetches the session's answers and hands them to the browser as a file download. */
export async function downloadExport(
	sessionId: string,
	presenterKey: string,
	format: 'csv' | 'json'
): Promise<void> {
	const response = await fetch(
		`/api/sessions/${sessionId}/export${format === 'json' ? '?format=json' : ''}`,
		{
			headers: auth(presenterKey)
		}
	);
	if (!response.ok) throw new Error(response.statusText);
	const name =
		/filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
		`forsta.${format}`;
	const url = URL.createObjectURL(await response.blob());
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function deleteSession(sessionId: string, presenterKey: string): Promise<void> {
	const response = await fetch(`/api/sessions/${sessionId}`, {
		method: 'DELETE',
		headers: auth(presenterKey)
	});
	if (!response.ok) throw new Error(response.statusText);
}

/** The sessions whose presenter keys this browser holds, as the server lists them. */
export async function fetchHeldSessions<T>(
	held: { id: string; presenterKey: string }[]
): Promise<T[]> {
	if (held.length === 0) return [];
	const response = await fetch('/api/sessions/held', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ sessions: held })
	});
	if (!response.ok) throw new Error(response.statusText);
	return ((await response.json()) as { sessions: T[] }).sessions;
}
