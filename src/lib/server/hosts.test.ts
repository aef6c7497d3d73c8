import { describe, expect, it } from 'vitest';
import { allowedHosts, hostAllowed } from './hosts';

describe('the Host allowlist', () => {
	const allowed = allowedHosts({
		allowedHosts: ['forsta.klinik.dk'],
		publicUrl: 'https://hold.example.org/'
	});

	it('answers for IP addresses, localhost and the configured names', () => {
		for (const host of [
			'192.168.1.20:3000',
			'[::1]:3000',
			'127.0.0.1',
			'localhost:5173',
			'FORSTA.klinik.dk',
			'forsta.klinik.dk.',
			'hold.example.org'
		])
			expect(hostAllowed(host, allowed), host).toBe(true);
	});

	it('refuses any other name, a missing Host and garbage', () => {
		for (const host of ['evil.example', 'forsta.klinik.dk.evil.example', '', undefined, 'a b'])
			expect(hostAllowed(host, allowed), String(host)).toBe(false);
	});
});
