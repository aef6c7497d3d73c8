import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from '../../tests/support/browser';
import {
	adoptParticipantId,
	formatPersonalCode,
	participantId,
	randomId,
	storedNickname,
	storedParticipantId,
	storeNickname
} from './phoneIdentity';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('phone identity', () => {
	it('makes random ids of 32 hex digits, never the same twice', () => {
		const ids = new Set(Array.from({ length: 100 }, randomId));
		expect(ids.size).toBe(100);
		for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
	});

	it('gives a phone one id for good, made on first use', () => {
		const items = useMemoryStorage();
		expect(storedParticipantId()).toBeNull();
		const id = participantId();
		expect(items.get('forsta:participant-id')).toBe(id);
		expect(participantId()).toBe(id);
		expect(storedParticipantId()).toBe(id);
	});

	it('takes over the id of a personal code', () => {
		useMemoryStorage();
		participantId();
		const theirs = 'b'.repeat(24);
		adoptParticipantId(theirs);
		expect(participantId()).toBe(theirs);
	});

	it('replaces a stored id that is not a valid participant id', () => {
		const items = useMemoryStorage();
		items.set('forsta:participant-id', 'short');
		expect(storedParticipantId()).toBeNull();
		expect(participantId()).not.toBe('short');
	});

	it('still joins without storage, as a new participant each time', () => {
		useMemoryStorage({ failing: true });
		expect(participantId()).not.toBe(participantId());
		vi.stubGlobal('localStorage', undefined);
		expect(storedParticipantId()).toBeNull();
		expect(storedNickname()).toBe('');
		expect(() => storeNickname('Grethe')).not.toThrow();
	});

	it('keeps the nickname on the phone', () => {
		useMemoryStorage();
		expect(storedNickname()).toBe('');
		storeNickname('Grethe');
		expect(storedNickname()).toBe('Grethe');
	});

	it('shows a personal code in two groups of four', () => {
		expect(formatPersonalCode('ABCD2345')).toBe('ABCD-2345');
	});
});
