import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { needsPresenter, PRESENTER_COOKIE } from '$lib/server/presenterAuth';
import { getApp, startApp } from '$lib/server/app';
import { clientAddress, MissingAddressHeader } from '$lib/server/clientAddress';
import { proxyOf } from '$lib/server/config';
import { hostAllowed } from '$lib/server/hosts';
import { EVERY_RESPONSE } from '$lib/server/responseHeaders';
import { pickLocale } from '$lib/i18n/locale';
import { log } from '$lib/server/log';
import { markRoute, requestIdOf } from '$lib/server/ops/requestLog';
import { serve } from '$lib/server/ops/serve';

/**
 * server.js starts its HTTP server (and socket.io on it) through this function, so the realtime
 * layer is the same module instance (and the same sessions) as the routes inside the bundle.
 */
export const init: ServerInit = async () => {
	const published = globalThis as Record<symbol, unknown>;
	published[Symbol.for('forsta.serve')] = serve;
	await startApp();
};

/** Unexpected errors: logged with the request's id and route pattern, never its path or body. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const fields = { reqId: requestIdOf(event.platform?.req), route: event.route.id, status };
	if (status >= 500) log.error({ ...fields, err: error }, 'request failed');
	else log.debug(fields, 'request refused');
};

/** Pages and data that show join codes, answers, keys or a participant's take-away. */
const PRIVATE_PAGES = /^\/(s|present|screen|remote|sessions|takeaway|api|login)(\/|$)/;

const TEST_HOOKS_META = '<meta name="forsta-test-hooks" content="on" />';
/** Several instances behind a proxy without stickiness: pages connect by websocket only. */
const WEBSOCKET_ONLY_META = '<meta name="forsta-transport" content="websocket" />';

export const handle: Handle = async ({ event, resolve }) => {
	markRoute(event.platform?.req, event.route.id);
	const { config, logins, hosts, shared } = getApp();
	if (!hostAllowed(event.request.headers.get('host'), hosts))
		return new Response('unknown host name; add it to ALLOWED_HOSTS', { status: 421 });
	try {
		event.locals.clientAddress = clientAddress(
			(name) => event.request.headers.get(name),
			event.platform?.req?.socket.remoteAddress ?? event.getClientAddress(),
			proxyOf(config)
		);
	} catch (error) {
		// A request that bypassed the proxy that is supposed to name the client.
		if (error instanceof MissingAddressHeader) return new Response(error.message, { status: 400 });
		throw error;
	}
	event.locals.presenter = await logins.valid(event.cookies.get(PRESENTER_COOKIE));
	if (logins.required && needsPresenter(event.url.pathname) && !event.locals.presenter) {
		if (event.url.pathname.startsWith('/api/'))
			return json({ message: 'log in as presenter first' }, { status: 401 });
		return new Response(null, {
			status: 303,
			headers: { location: `/login?to=${encodeURIComponent(event.url.pathname)}` }
		});
	}
	const locale = pickLocale(
		event.cookies.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.locale = locale;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const metas = [config.FORSTA_TEST_HOOKS && TEST_HOOKS_META, shared && WEBSOCKET_ONLY_META];
			const head = metas.filter(Boolean).join('');
			return html.replace('%lang%', locale).replace('</head>', `${head}</head>`);
		}
	});
	for (const [name, value] of Object.entries(EVERY_RESPONSE)) response.headers.set(name, value);
	// The same preloads are in the page's <head>; as a header they would travel uncompressed.
	response.headers.delete('link');
	// Join codes, answers and keys must not sit in a browser's or proxy's cache.
	if (PRIVATE_PAGES.test(event.url.pathname)) response.headers.set('cache-control', 'no-store');
	// The participant page may sit in the console's hand-over frame; the console itself in none.
	if (!event.url.pathname.startsWith('/s/')) {
		const csp = response.headers.get('content-security-policy');
		if (csp)
			response.headers.set(
				'content-security-policy',
				csp.replace("frame-ancestors 'self'", "frame-ancestors 'none'")
			);
		response.headers.set('x-frame-options', 'DENY');
	}
	return response;
};
