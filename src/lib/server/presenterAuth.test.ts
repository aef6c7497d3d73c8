import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_HOURS, needsPresenter, PresenterLogins, safeTarget } from './presenterAuth';
import { hashSecret } from './secrets';
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

describe('presenter logins without a password', () => {
	it('are not required, never valid, and cannot be granted', async () => {
		store = createSqliteStore(':memory:');
		const logins = new PresenterLogins(store, randomBytes(32), undefined);
		expect(logins.required).toBe(false);
		expect(logins.passwordMatches('')).toBe(false);
		expect(await logins.valid('anything')).toBe(false);
		await expect(logins.grant()).rejects.toThrow(/no presenter password/);
	});
});

describe('a login cookie', () => {
	it('is refused when missing or longer than any token', async () => {
		store = createSqliteStore(':memory:');
		const logins = new PresenterLogins(store, randomBytes(32), 'fysio-hemmelig-42');
		expect(logins.required).toBe(true);
		expect(await logins.valid(undefined)).toBe(false);
		expect(await logins.valid('')).toBe(false);
		expect(await logins.valid('x'.repeat(129))).toBe(false);
	});

	it('is stored only as a hash, and its row goes once it has expired', async () => {
		store = createSqliteStore(':memory:');
		let clock = 5_000;
		const logins = new PresenterLogins(store, randomBytes(32), 'fysio-hemmelig-42', () => clock);
		const { token, maxAge } = await logins.grant();
		expect(maxAge).toBe(LOGIN_HOURS * 3600);
		expect(await store.findLogin(token)).toBeUndefined();
		expect(await store.findLogin(hashSecret(token))).toMatchObject({
			expiresAt: 5_000 + maxAge * 1000
		});
		await logins.purge();
		expect(await store.findLogin(hashSecret(token))).toBeDefined();
		clock += maxAge * 1000;
		await logins.purge();
		expect(await store.findLogin(hashSecret(token))).toBeUndefined();
	});
});

describe('the pages that need a presenter', () => {
	it("are every page but the participants' and the paired phone's", () => {
		for (const open of [
			'/s/123456',
			'/join',
			'/takeaway',
			'/api/takeaway',
			'/api/reentry',
			'/lang/en',
			'/login',
			'/remote/abc'
		])
			expect(needsPresenter(open), open).toBe(false);
		for (const closed of [
			'/',
			'/present/abc',
			'/screen/abc',
			'/sessions',
			'/api/sessions',
			'/decks/ryg',
			'/joinx',
			'/s'
		])
			expect(needsPresenter(closed), closed).toBe(true);
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
