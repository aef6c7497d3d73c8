import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from '../../../../tests/support/browser';
import { screenKey } from './screenKey';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('screenKey', () => {
	it('takes the key from the address and keeps it for a reload without it', () => {
		useMemoryStorage({ kind: 'sessionStorage' });
		expect(screenKey('sess1234', '#k=key-abc')).toBe('key-abc');
		expect(screenKey('sess1234', '')).toBe('key-abc');
		expect(screenKey('other999', '')).toBeNull();
	});

	it('lets a new key in the address replace the kept one', () => {
		useMemoryStorage({ kind: 'sessionStorage' });
		screenKey('sess1234', '#k=old');
		expect(screenKey('sess1234', '#k=new')).toBe('new');
		expect(screenKey('sess1234', '')).toBe('new');
	});

	it('still opens from the address without storage', () => {
		useMemoryStorage({ kind: 'sessionStorage', failing: true });
		expect(screenKey('sess1234', '#k=key-abc')).toBe('key-abc');
		vi.stubGlobal('sessionStorage', undefined);
		expect(screenKey('sess1234', '')).toBeNull();
	});
});
