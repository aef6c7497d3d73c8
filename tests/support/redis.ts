/**
 * Redis for the tests: the machine's (TEST_REDIS_URL, or 127.0.0.1:6379), each caller under a key
 * prefix of its own, and only that prefix's keys deleted afterwards, never anyone else's.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const testPrefix = (name: string) =>
	`forsta-test-${name}-${process.pid}-${randomBytes(4).toString('hex')}`;

export async function dropPrefix(prefix: string): Promise<void> {
	const redis = new Redis(TEST_REDIS_URL);
	try {
		const keys: string[] = [];
		let cursor = '0';
		do {
			const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
			cursor = next;
			keys.push(...batch);
		} while (cursor !== '0');
		if (keys.length > 0) await redis.del(...keys);
	} finally {
		await redis.quit();
	}
}
