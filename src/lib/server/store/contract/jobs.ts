/** The store contract: presenter logins, ping and work that runs once. */
import { describe, expect, it } from 'vitest';
import type { Contract } from '.';

export function jobsContract(c: Contract): void {
	describe('presenter logins', () => {
		it('finds a login by its hash, and purges the expired and those of another password', async () => {
			const login = (tokenHash: string, passwordTag: string, expiresAt: number) => ({
				tokenHash,
				passwordTag,
				expiresAt
			});
			await c.store.saveLogin(login('t1', 'now', 100));
			await c.store.saveLogin(login('t2', 'now', 50));
			await c.store.saveLogin(login('t3', 'before', 100));
			expect(await c.store.findLogin('t1')).toEqual(login('t1', 'now', 100));
			expect(await c.store.findLogin('nope')).toBeUndefined();
			await c.store.purgeLogins(50, null);
			expect(await c.store.findLogin('t2')).toBeUndefined();
			expect(await c.store.findLogin('t3')).toBeDefined();
			await c.store.purgeLogins(50, 'now');
			expect(await c.store.findLogin('t3')).toBeUndefined();
			expect(await c.store.findLogin('t1')).toBeDefined();
		});
	});

	describe('ping and runExclusive', () => {
		it('answers a ping', async () => {
			await expect(c.store.ping()).resolves.toBeUndefined();
		});

		it('runs a task and gives its result, but not a second one of that name meanwhile', async () => {
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			let runs = 0;
			const first = c.store.runExclusive('retention', async () => {
				runs++;
				await held;
				return 'first';
			});
			await expect.poll(() => runs).toBe(1);
			expect(await c.store.runExclusive('retention', async () => runs++)).toBeUndefined();
			expect(await c.store.runExclusive('other', async () => 'other')).toBe('other');
			release();
			expect(await first).toBe('first');
			expect(await c.store.runExclusive('retention', async () => 'again')).toBe('again');
			expect(runs).toBe(1);
		});

		it('passes a task’s failure on and lets the name go', async () => {
			await expect(
				c.store.runExclusive('job', () => Promise.reject(new Error('failed')))
			).rejects.toThrow('failed');
			expect(await c.store.runExclusive('job', async () => 42)).toBe(42);
		});
	});
}
