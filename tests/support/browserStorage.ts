import { vi } from 'vitest';

/**
 * Unit tests run in Node, which has no localStorage: this puts an in-memory one in its place.
 * `failing` makes every write throw, as a phone in private mode or out of space does.
 */
export function useMemoryStorage(options: { failing?: boolean } = {}): Map<string, string> {
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
	vi.stubGlobal('localStorage', storage);
	return items;
}
