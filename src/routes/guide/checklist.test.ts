import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from '../../../tests/support/browser';
import { loadTicks, saveTicks } from './checklist';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('guide checklist', () => {
	it('keeps the ticks in this browser for the next visit', () => {
		useMemoryStorage();
		expect(loadTicks()).toEqual({});
		saveTicks({ 'rum-stole': true, 'rum-skaerm': false });
		expect(loadTicks()).toEqual({ 'rum-stole': true, 'rum-skaerm': false });
	});

	it('keeps nothing once every tick is cleared', () => {
		const items = useMemoryStorage();
		saveTicks({ 'rum-stole': true });
		saveTicks({});
		expect(items.size).toBe(0);
		saveTicks({ 'rum-stole': true });
		saveTicks({ 'rum-stole': false });
		expect(items.size).toBe(0);
	});

	it('starts empty from storage it cannot read', () => {
		const items = useMemoryStorage();
		for (const kept of ['{broken', '[1,2]', '{"rum-stole":"yes"}']) {
			items.set('forsta:guide-checklist', kept);
			expect(loadTicks()).toEqual({});
		}
	});

	it('works, for the visit, without storage', () => {
		useMemoryStorage({ failing: true });
		expect(() => saveTicks({ 'rum-stole': true })).not.toThrow();
		vi.stubGlobal('localStorage', undefined);
		expect(loadTicks()).toEqual({});
	});
});
