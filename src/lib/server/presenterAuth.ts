/**
 * The optional instance password for presenters. Participants' pages stay open: they hold only a
 * join code, and what they can reach is limited by the session itself.
 *
 * A login is a random token in an HttpOnly cookie; the store keeps only its hash, with an expiry
 * and a tag of the password it was granted under. Changing PRESENTER_PASSWORD changes the tag,
 * so every earlier login stops working.
 */
import { timingSafeEqual } from 'node:crypto';
import { hashSecret, newSecret } from './secrets';
import { keyedHash } from './serverKey';
import type { Store } from './store/types';

export const PRESENTER_COOKIE = 'forsta_presenter';
export const LOGIN_HOURS = 12;

/** Paths participants (and a paired phone) use; everything else is the presenter's. */
const open = [
	/^\/s\//,
	/^\/join\/?$/,
	/^\/takeaway\/?$/,
	/^\/api\/takeaway\/?$/,
	/^\/api\/reentry\/?$/,
	/^\/lang\//,
	/^\/login\/?$/,
	/^\/remote\//,
	/^\/media\//
];

export function needsPresenter(pathname: string): boolean {
	return !open.some((pattern) => pattern.test(pathname));
}

/**
 * Where a login may send the browser afterwards: a path on this site only. Browsers read `/\`
 * as `//`, so `/%5Cevil.example` must not pass as a path.
 */
export function safeTarget(to: string | null): string {
	const base = 'http://forsta.invalid';
	if (!to || !to.startsWith('/') || /[\\\u0000-\u001f]/.test(to)) return '/';
	try {
		const url = new URL(to, base);
		return url.origin === base ? url.pathname + url.search + url.hash : '/';
	} catch {
		return '/';
	}
}

export class PresenterLogins {
	private readonly tag: string | null;

	constructor(
		private readonly store: Store,
		private readonly key: Buffer,
		private readonly password: string | undefined,
		private readonly now: () => number = Date.now
	) {
		this.tag = password ? keyedHash(key, `presenter-password:${password}`) : null;
	}

	get required(): boolean {
		return this.tag !== null;
	}

	passwordMatches(given: string): boolean {
		if (!this.password) return false;
		const a = Buffer.from(keyedHash(this.key, `compare:${given}`));
		const b = Buffer.from(keyedHash(this.key, `compare:${this.password}`));
		return timingSafeEqual(a, b);
	}

	/** A new login; the token goes into the cookie and only its hash into the store. */
	async grant(): Promise<{ token: string; maxAge: number }> {
		if (!this.tag) throw new Error('no presenter password is set');
		const token = newSecret();
		const maxAge = LOGIN_HOURS * 3600;
		await this.store.saveLogin({
			tokenHash: hashSecret(token),
			passwordTag: this.tag,
			expiresAt: this.now() + maxAge * 1000
		});
		return { token, maxAge };
	}

	async valid(cookie: string | undefined): Promise<boolean> {
		if (!cookie || !this.tag || cookie.length > 128) return false;
		const login = await this.store.findLogin(hashSecret(cookie));
		return !!login && login.passwordTag === this.tag && login.expiresAt > this.now();
	}

	/** Expired logins, and every login granted under another password, go. */
	purge(): Promise<void> {
		return this.store.purgeLogins(this.now(), this.tag);
	}
}
