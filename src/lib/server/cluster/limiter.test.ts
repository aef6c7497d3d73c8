/** Limits shared by instances through Redis, and what happens when Redis is unreachable. */
import { afterEach, describe, expect, it } from 'vitest';
import { dropPrefix, TEST_REDIS_URL, testPrefix } from '../../../../tests/support/redis';
import { createLimits } from '../limits';
import { connectShared, type Shared } from './redis';

const opened: Shared[] = [];
const prefix = testPrefix('limits');
afterEach(async () => {
	for (const shared of opened.splice(0)) await shared.close();
	await dropPrefix(prefix);
});

async function limitsOn(url: string) {
	const shared = connectShared(url, prefix);
	opened.push(shared);
	expect(await shared.ready(url === TEST_REDIS_URL ? 5000 : 50)).toBe(url === TEST_REDIS_URL);
	return createLimits({
		shared,
		budgets: { joinCode: { perWindow: 3, windowSeconds: 60, perDay: 100 } }
	});
}

const wrong = (limits: Awaited<ReturnType<typeof limitsOn>>, client: string) =>
	limits.guess('joinCode', client, async () => false, Boolean);

describe('shared limits', () => {
	it('count one client’s wrong guesses on every instance against one budget', async () => {
		const a = await limitsOn(TEST_REDIS_URL);
		const b = await limitsOn(TEST_REDIS_URL);
		const c = await limitsOn(TEST_REDIS_URL);
		expect((await wrong(a, 'x')).limited).toBe(false);
		expect((await wrong(b, 'x')).limited).toBe(false);
		expect((await wrong(c, 'x')).limited).toBe(false);
		for (const limits of [a, b, c]) expect((await wrong(limits, 'x')).limited).toBe(true);
		// Someone else is not slowed down by it.
		expect((await wrong(b, 'y')).limited).toBe(false);
	});

	it('give a right guess its point back on every instance', async () => {
		const a = await limitsOn(TEST_REDIS_URL);
		const b = await limitsOn(TEST_REDIS_URL);
		for (let i = 0; i < 10; i++) {
			const right = await (i % 2 ? a : b).guess('joinCode', 'class', async () => true, Boolean);
			expect(right.limited).toBe(false);
		}
		expect((await wrong(a, 'class')).limited).toBe(false);
	});

	it('count in this instance alone while Redis is unreachable: no one is locked out, the limit holds', async () => {
		const limits = await limitsOn('redis://127.0.0.1:1');
		const right = await limits.guess('joinCode', 'x', async () => true, Boolean);
		expect(right).toEqual({ limited: false, result: true });
		for (let i = 0; i < 3; i++) expect((await wrong(limits, 'x')).limited).toBe(false);
		expect((await wrong(limits, 'x')).limited).toBe(true);
		expect(await limits.startSession('x')).toBe(0);
		expect(await limits.newIdentity('s1', 'x')).toBe(true);
	});
});
