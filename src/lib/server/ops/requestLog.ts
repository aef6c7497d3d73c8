/**
 * A request id and one log line per HTTP request: method, route pattern, status and time. The
 * route is SvelteKit's pattern (`/s/[code]`), named by the hooks; the path itself (with a join
 * code in it) and the query string never reach the log.
 */
import type { IncomingMessage, RequestListener } from 'node:http';
import { log } from '../log';
import { requestId } from './requestId';

type Seen = { id: string; route?: string | null; quiet?: boolean };
const requests = new WeakMap<IncomingMessage, Seen>();

/** Called by the hooks for every request SvelteKit routes (null: no route matched). */
export function markRoute(req: IncomingMessage | undefined, route: string | null): void {
	const seen = req && requests.get(req);
	if (seen) seen.route = route;
}

/** Health probes come every few seconds; they are logged at debug level only. */
export function markProbe(req: IncomingMessage, route: string): void {
	const seen = requests.get(req);
	if (seen) Object.assign(seen, { route, quiet: true });
}

export function requestIdOf(req: IncomingMessage | undefined): string | undefined {
	return req && requests.get(req)?.id;
}

export function logRequests(listener: RequestListener): RequestListener {
	return (req, res) => {
		const started = performance.now();
		const seen: Seen = { id: requestId(req.headers['x-request-id']) };
		requests.set(req, seen);
		req.headers['x-request-id'] = seen.id;
		res.setHeader('x-request-id', seen.id);
		res.once('close', () => {
			// Requests SvelteKit never saw are the static files adapter-node serves itself.
			const route = seen.route === undefined ? '(static)' : (seen.route ?? '(no route)');
			const level = seen.quiet ? 'debug' : res.statusCode >= 500 ? 'error' : 'info';
			log[level](
				{
					reqId: seen.id,
					method: req.method,
					route,
					status: res.statusCode,
					ms: Math.round(performance.now() - started)
				},
				'request'
			);
		});
		listener(req, res);
	};
}
