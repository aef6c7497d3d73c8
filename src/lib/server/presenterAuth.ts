/**
 * The optional instance password for presenters. Participants' pages stay open: they hold only a
 * join code, and what they can reach is limited by the session itself.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const PRESENTER_COOKIE = 'forsta_presenter';

/** Paths participants (and a paired phone) use; everything else is the presenter's. */
const open = [
	/^\/s\//,
	/^\/join\/?$/,
	/^\/takeaway\/?$/,
	/^\/api\/takeaway\/?$/,
	/^\/api\/reentry\/?$/,
	/^\/lang\//,
	/^\/login\/?$/,
	/^\/remote\//
];

export function needsPresenter(pathname: string): boolean {
	return !open.some((pattern) => pattern.test(pathname));
}

/** What the cookie holds: derived from the password, so changing the password logs everyone out. */
export function presenterToken(password: string): string {
	return createHash('sha256').update(`forsta-presenter:${password}`).digest('hex');
}

export function isPresenter(cookie: string | undefined, password: string): boolean {
	if (!cookie) return false;
	const a = Buffer.from(cookie);
	const b = Buffer.from(presenterToken(password));
	return a.length === b.length && timingSafeEqual(a, b);
}
