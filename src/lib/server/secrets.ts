import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. Used for presenter keys, screen keys and session ids. */
export function newSecret(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}

/**
 * The secrets are long random values, not passwords, so a fast hash is enough: nobody can guess
 * one from its hash. Only hashes are stored, so a copied database cannot drive a session.
 */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
	const a = Buffer.from(hashSecret(secret), 'hex');
	const b = Buffer.from(hash, 'hex');
	return a.length === b.length && timingSafeEqual(a, b);
}
