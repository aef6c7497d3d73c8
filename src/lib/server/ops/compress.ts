/**
 * Compresses what SvelteKit renders on the fly (pages, JSON), for a phone on a slow link.
 * Static files arrive here already compressed (adapter-node writes .br and .gz beside them);
 * socket.io never comes this way: engine.io answers its own requests and upgrades before the
 * handler. A byte range (a film) and a response too small to gain are sent as they are.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/** Below this the headers cost more than compression saves. */
export const COMPRESS_MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';
/** Quality 5 of 11: most of brotli's gain at a fraction of its time, for pages made per request. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** Brotli when the browser takes it, gzip otherwise; none when it refuses both (q=0). */
export function pickEncoding(accept: string | undefined): Encoding | null {
	const offered = new Map(
		(accept ?? '').split(',').map((part) => {
			const [name = '', q] = part.trim().split(';q=');
			return [name.trim().toLowerCase(), q === undefined ? 1 : Number(q)] as const;
		})
	);
	for (const encoding of ['br', 'gzip'] as const)
		if ((offered.get(encoding) ?? 0) > 0) return encoding;
	return null;
}

/** Whether a response, as its headers describe it, is worth compressing. */
export function worthCompressing(status: number, headers: (name: string) => unknown): boolean {
	if (status < 200 || status === 204 || status === 206 || status === 304) return false;
	if (headers('content-encoding') || headers('content-range')) return false;
	if (/no-transform/.test(String(headers('cache-control') ?? ''))) return false;
	if (!COMPRESSIBLE.test(String(headers('content-type') ?? ''))) return false;
	const length = headers('content-length');
	return length === undefined || Number(length) >= COMPRESS_MIN_BYTES;
}

/** Runs `handler` with a response that compresses its body when the response is worth it. */
export function compressing(
	req: IncomingMessage,
	res: ServerResponse,
	handler: (req: IncomingMessage, res: ServerResponse) => void
): void {
	const encoding =
		req.headers.range || req.method === 'HEAD'
			? null
			: pickEncoding(req.headers['accept-encoding']);
	if (!encoding) return handler(req, res);
	const { writeHead, write, end } = res;
	let zip: Transform | null = null;

	// Decided once, when the status and headers are known; the body then goes through zlib.
	const decide = (status: number, rest: unknown[]) => {
		for (const part of rest)
			if (typeof part === 'object' && part !== null)
				for (const [name, value] of Object.entries(part))
					if (value !== undefined) res.setHeader(name, value);
		if (!worthCompressing(status, (name) => res.getHeader(name))) return;
		res.removeHeader('content-length');
		res.setHeader('content-encoding', encoding);
		res.appendHeader('vary', 'accept-encoding');
		const stream = encoding === 'br' ? createBrotliCompress(BROTLI) : createGzip();
		stream.on('data', (chunk: Buffer) => Reflect.apply(write, res, [chunk]));
		stream.on('end', () => Reflect.apply(end, res, []));
		zip = stream;
	};
	const ensureHead = () => {
		if (!res.headersSent) res.writeHead(res.statusCode);
	};

	res.writeHead = function (status: number, ...rest: unknown[]) {
		decide(status, rest);
		const message = rest.find((part) => typeof part === 'string');
		return Reflect.apply(writeHead, res, message === undefined ? [status] : [status, message]);
	} as ServerResponse['writeHead'];
	res.write = function (...args: unknown[]) {
		ensureHead();
		if (!zip) return Reflect.apply(write, res, args);
		// Pages are small and zlib keeps up: no back-pressure to pass on.
		zip.write(args[0]);
		return true;
	} as ServerResponse['write'];
	res.end = function (...args: unknown[]) {
		ensureHead();
		if (!zip) return Reflect.apply(end, res, args);
		const [chunk] = args;
		if (chunk !== undefined && typeof chunk !== 'function') zip.end(chunk);
		else zip.end();
		return res;
	} as ServerResponse['end'];
	handler(req, res);
}
