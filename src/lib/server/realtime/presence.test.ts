import { describe, expect, it } from 'vitest';
import { Presence } from './presence';

describe('Presence', () => {
	it('counts a participant online while any of their sockets is connected', () => {
		const presence = new Presence();
		presence.add('session-a', 'phone-1');
		presence.add('session-a', 'phone-1');
		presence.add('session-a', 'phone-2');
		expect([...presence.online('session-a')].sort()).toEqual(['phone-1', 'phone-2']);
		presence.remove('session-a', 'phone-1');
		expect(presence.online('session-a').has('phone-1')).toBe(true);
		presence.remove('session-a', 'phone-1');
		expect([...presence.online('session-a')]).toEqual(['phone-2']);
	});

	it('keeps sessions apart and forgets a session with no one left', () => {
		const presence = new Presence();
		presence.add('session-a', 'phone-1');
		presence.add('session-b', 'phone-1');
		presence.remove('session-a', 'phone-1');
		expect(presence.online('session-a').size).toBe(0);
		expect(presence.online('session-b').has('phone-1')).toBe(true);
	});

	it('ignores a disconnect it never saw connect', () => {
		const presence = new Presence();
		presence.remove('session-a', 'phone-1');
		presence.add('session-a', 'phone-2');
		presence.remove('session-a', 'phone-1');
		expect([...presence.online('session-a')]).toEqual(['phone-2']);
	});

	it('hands out a copy, so a caller cannot change who is online', () => {
		const presence = new Presence();
		presence.add('session-a', 'phone-1');
		const online = presence.online('session-a') as Set<string>;
		online.delete('phone-1');
		expect(presence.online('session-a').has('phone-1')).toBe(true);
	});
});
