import { z } from 'zod';

/** Ticks are the physiotherapist's working notes for one course; they stay in this browser. */
const storageKey = 'forsta:guide-checklist';
const ticksSchema = z.record(z.string(), z.boolean());

export type Ticks = Record<string, boolean>;

/** The ticks kept before; anything unreadable counts as none. */
export function loadTicks(): Ticks {
	try {
		const kept = ticksSchema.safeParse(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
		return kept.success ? kept.data : {};
	} catch {
		return {};
	}
}

export function saveTicks(ticks: Ticks): void {
	try {
		if (Object.values(ticks).some(Boolean)) localStorage.setItem(storageKey, JSON.stringify(ticks));
		else localStorage.removeItem(storageKey);
	} catch {
		/* without storage the ticks last as long as the page */
	}
}
