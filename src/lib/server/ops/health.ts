/**
 * GET /healthz (the process runs) and GET /readyz (it can serve: readiness.ts), answered before
 * SvelteKit: no login, no host check, no rate limit, no session data — a proxy or an
 * orchestrator probes an instance directly and often.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from './readiness';

export const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

export function isHealthProbe(req: IncomingMessage): boolean {
	const path = (req.url ?? '').split('?', 1)[0]!;
	return (req.method === 'GET' || req.method === 'HEAD') && HEALTH_PATHS.has(path);
}

export async function answerHealth(
	req: IncomingMessage,
	res: ServerResponse,
	readiness: Readiness
): Promise<void> {
	if ((req.url ?? '').startsWith('/healthz')) return reply(res, 200, { status: 'ok' });
	const report = await readiness.report();
	if (report.ready) return reply(res, 200, { status: 'ready' });
	if (report.reason === 'draining') return reply(res, 503, { status: 'draining' });
	reply(res, 503, { status: 'unavailable', failed: report.failed });
}

function reply(res: ServerResponse, status: number, body: object): void {
	res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
	res.end(res.req.method === 'HEAD' ? undefined : JSON.stringify(body));
}
