import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_HOURS, PresenterLogins, safeTarget } from './presenterAuth';
import { createSqliteStore } from './store/sqlite/store';
import type { Store } from './store/types';

let store: Store;
afterEach(() => store.close());

describe('presenter logins', () => {
	it('are random tokens, checked against the store, that expire', async () => {
		store = createSqliteStore(':memory:');
		let clock = 1_000_000;
		const logins = new PresenterLogins(store, randomBytes(32), 'fysio-hemmelig-42', () => clock);
		const a = await logins.grant();
		const b = await logins.grant();
		expect(a.token).not.toBe(b.token);
		expect(await logins.valid(a.token)).toBe(true);
		// What the cookie used to hold: a hash anyone who knows the password can compute forever.
		const staticHash = createHash('sha256')
			.update('forsta-presenter:fysio-hemmelig-42')
			.digest('hex');
		expect(await logins.valid(staticHash)).toBe(false);
		clock += LOGIN_HOURS * 3_600_000;
		expect(await logins.valid(a.token)).toBe(false);
	});

	it('stop working when the password changes', async () => {
		store = createSqliteStore(':memory:');
		const key = randomBytes(32);
		const before = new PresenterLogins(store, key, 'fysio-hemmelig-42');
		const { token } = await before.grant();
		const after = new PresenterLogins(store, key, 'et-nyt-kodeord-7');
		expect(await after.valid(token)).toBe(false);
		await after.purge();
		expect(await before.valid(token)).toBe(false);
		expect(after.passwordMatches('et-nyt-kodeord-7')).toBe(true);
		expect(after.passwordMatches('fysio-hemmelig-42')).toBe(false);
	});
});

describe('the target after logging in', () => {
	it('stays on this site', () => {
		expect(safeTarget('/present/abc?x=1')).toBe('/present/abc?x=1');
		for (const bad of [
			'/\\evil.example',
			'//evil.example',
			'https://evil.example',
			'/\t/evil.example',
			null
		])
			expect(safeTarget(bad), String(bad)).toBe('/');
	});
});
