import { describe, expect, it } from 'vitest';
import { SECRET_PATTERN } from '../protocol/ids';
import { hashSecret, newSecret, secretMatches } from './secrets';

describe('secrets', () => {
	it('are 256 random bits by default, URL-safe, and never the same twice', () => {
		const made = Array.from({ length: 200 }, () => newSecret());
		expect(new Set(made).size).toBe(200);
		for (const secret of made) expect(secret).toMatch(SECRET_PATTERN);
		expect(Buffer.from(made[0]!, 'base64url')).toHaveLength(32);
		expect(Buffer.from(newSecret(16), 'base64url')).toHaveLength(16);
	});

	it('are kept as a SHA-256 hash that does not contain them', () => {
		const secret = newSecret();
		const hash = hashSecret(secret);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).toBe(hashSecret(secret));
		expect(hash).not.toContain(secret);
		expect(hashSecret(newSecret())).not.toBe(hash);
	});

	it('match only their own hash', () => {
		const secret = newSecret();
		const hash = hashSecret(secret);
		expect(secretMatches(secret, hash)).toBe(true);
		expect(secretMatches(newSecret(), hash)).toBe(false);
		expect(secretMatches(secret.slice(1), hash)).toBe(false);
		expect(secretMatches(secret, 'abcd')).toBe(false);
		expect(secretMatches(secret, '')).toBe(false);
	});
});
