import { vi } from 'vitest';

/** Unit tests of browser code run in Node: these put stand-ins in place of the browser's globals. */

/** An in-memory Web Storage; `failing` makes every write throw, as a phone in private mode does. */
export function useMemoryStorage(
	options: { failing?: boolean; kind?: 'localStorage' | 'sessionStorage' } = {}
): Map<string, string> {
	const items = new Map<string, string>();
	const fail = () => {
		if (options.failing) throw new DOMException('quota exceeded', 'QuotaExceededError');
	};
	const storage = {
		get length() {
			return items.size;
		},
		key: (index: number) => [...items.keys()][index] ?? null,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			fail();
			items.set(key, String(value));
		},
		removeItem: (key: string) => {
			fail();
			items.delete(key);
		},
		clear: () => items.clear()
	} satisfies Storage;
	vi.stubGlobal(options.kind ?? 'localStorage', storage);
	return items;
}

/** Puts a fetch in place that answers every request with `response`; the mock records the calls. */
export function answerFetch(response: Response) {
	const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(response);
	vi.stubGlobal('fetch', fetch);
	return fetch;
}
