/**
 * The clinic's pictures and films (`media/` beside the decks), from our own origin: the file's
 * own type, a validator for caches, byte ranges so a film can be wound on, and no other type.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { getApp } from '$lib/server/app';
import { findMedia } from '$lib/server/media';
import { byteRange } from '$lib/server/byteRange';
import type { RequestHandler } from './$types';

/** An SVG opened on its own runs nothing and loads nothing. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export const GET: RequestHandler = ({ params, request }) => {
	const found = findMedia(resolve(getApp().config.DECKS_DIR), `media/${params.path}`);
	if ('problem' in found) return new Response(found.problem, { status: 404 });
	const etag = `W/"${found.size.toString(36)}-${Math.floor(found.modified).toString(36)}"`;
	const headers = new Headers({
		'content-type': found.type,
		'cache-control': 'public, max-age=3600',
		etag,
		'accept-ranges': 'bytes'
	});
	if (found.type === 'image/svg+xml') headers.set('content-security-policy', SVG_POLICY);
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });

	const range = byteRange(request.headers.get('range'), found.size);
	if (range === 'unsatisfiable') {
		headers.set('content-range', `bytes */${found.size}`);
		return new Response(null, { status: 416, headers });
	}
	const { start, end } = range ?? { start: 0, end: found.size - 1 };
	headers.set('content-length', String(end - start + 1));
	if (range) headers.set('content-range', `bytes ${start}-${end}/${found.size}`);
	const body =
		found.size === 0
			? null
			: (Readable.toWeb(createReadStream(found.path, { start, end })) as ReadableStream);
	return new Response(body, { status: range ? 206 : 200, headers });
};
