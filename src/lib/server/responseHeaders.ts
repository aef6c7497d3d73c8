/**
 * Headers for every response, static files included (server.js applies them before SvelteKit).
 *
 * No page of Forstå uses a camera, a microphone, the location or payment; a script that ever got
 * in could not ask for them either. The screen may go full screen.
 */
const PERMISSIONS_POLICY = [
	'camera=()',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'hid=()',
	'bluetooth=()',
	'display-capture=()',
	'fullscreen=(self)'
].join(', ');

/**
 * `same-origin`: no address of ours reaches another site. `no-referrer` would also blank the
 * Origin of our own form posts, and SvelteKit refuses those as cross-site: the plain join form
 * for phones without script would fail.
 */
export const EVERY_RESPONSE: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'permissions-policy': PERMISSIONS_POLICY
};
