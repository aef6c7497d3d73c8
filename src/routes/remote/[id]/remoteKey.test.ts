import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from '../../../../tests/support/browser';
import { dropRemoteKey, keepRemoteKey, remoteHandshake } from './remoteKey';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('remote key', () => {
	it('pairs with the token from the QR code', () => {
		useMemoryStorage();
		expect(remoteHandshake('sess1234', '#p=tok-123')).toEqual({
			role: 'remote',
			sessionId: 'sess1234',
			pairingToken: 'tok-123'
		});
	});

	it('comes back with the key it was given, and a new token wins over it', () => {
		useMemoryStorage();
		keepRemoteKey('sess1234', 'key-abc');
		expect(remoteHandshake('sess1234', '')).toEqual({
			role: 'remote',
			sessionId: 'sess1234',
			remoteKey: 'key-abc'
		});
		expect(remoteHandshake('sess1234', '#p=tok-456')).toMatchObject({ pairingToken: 'tok-456' });
		expect(remoteHandshake('other999', '')).toBeNull();
	});

	it('has nothing to join with once the key is dropped', () => {
		useMemoryStorage();
		keepRemoteKey('sess1234', 'key-abc');
		dropRemoteKey('sess1234');
		expect(remoteHandshake('sess1234', '#')).toBeNull();
	});

	it('works from the token alone on a phone without storage', () => {
		useMemoryStorage({ failing: true });
		expect(() => keepRemoteKey('sess1234', 'key-abc')).not.toThrow();
		expect(() => dropRemoteKey('sess1234')).not.toThrow();
		vi.stubGlobal('localStorage', undefined);
		expect(remoteHandshake('sess1234', '')).toBeNull();
		expect(remoteHandshake('sess1234', '#p=tok-123')).toMatchObject({ pairingToken: 'tok-123' });
	});
});
