import { createServer, request, type RequestListener, type Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressing, pickEncoding, worthCompressing } from './compress';

const page = `<!doctype html><html><body>${'<p>Smerte er et signal.</p>'.repeat(200)}</body></html>`;

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function serveOnce(handler: RequestListener): Promise<number> {
	server = createServer((req, res) => compressing(req, res, handler));
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const address = server.address();
	return typeof address === 'object' && address ? address.port : 0;
}

/** A raw GET: fetch would undo the compression before the test could see it. */
function get(port: number, headers: Record<string, string>) {
	return new Promise<{ headers: Record<string, unknown>; body: Buffer; status: number }>(
		(resolve, reject) => {
			const req = request({ port, host: '127.0.0.1', path: '/', headers }, (res) => {
				const parts: Buffer[] = [];
				res.on('data', (part: Buffer) => parts.push(part));
				res.on('end', () =>
					resolve({ headers: res.headers, body: Buffer.concat(parts), status: res.statusCode! })
				);
			});
			req.on('error', reject);
			req.end();
		}
	);
}

const html: RequestListener = (_req, res) => {
	res.setHeader('content-type', 'text/html');
	res.setHeader('content-length', Buffer.byteLength(page));
	res.writeHead(200);
	res.write(page.slice(0, 100));
	res.end(page.slice(100));
};

describe('pickEncoding', () => {
	it('prefers brotli, takes gzip, and honours a refusal', () => {
		expect(pickEncoding('gzip, deflate, br')).toBe('br');
		expect(pickEncoding('gzip')).toBe('gzip');
		expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(pickEncoding('identity')).toBeNull();
		expect(pickEncoding(undefined)).toBeNull();
	});
});

describe('worthCompressing', () => {
	const headers = (h: Record<string, string>) => (name: string) => h[name];
	it('compresses pages and JSON of some size, not media, ranges or what is already compressed', () => {
		expect(worthCompressing(200, headers({ 'content-type': 'text/html' }))).toBe(true);
		expect(
			worthCompressing(
				200,
				headers({ 'content-type': 'application/json', 'content-length': '5000' })
			)
		).toBe(true);
		expect(
			worthCompressing(200, headers({ 'content-type': 'text/html', 'content-length': '300' }))
		).toBe(false);
		expect(worthCompressing(200, headers({ 'content-type': 'video/mp4' }))).toBe(false);
		expect(worthCompressing(206, headers({ 'content-type': 'text/plain' }))).toBe(false);
		expect(
			worthCompressing(200, headers({ 'content-type': 'text/css', 'content-encoding': 'br' }))
		).toBe(false);
		expect(worthCompressing(304, headers({ 'content-type': 'text/html' }))).toBe(false);
	});
});

describe('compressing', () => {
	it('sends a page in brotli or gzip, whole, without its old length', async () => {
		const port = await serveOnce(html);
		const br = await get(port, { 'accept-encoding': 'gzip, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-length']).toBeUndefined();
		expect(br.headers.vary).toMatch(/accept-encoding/);
		expect(br.body.length).toBeLessThan(page.length / 10);
		expect(brotliDecompressSync(br.body).toString()).toBe(page);
		const gz = await get(port, { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(page);
	});

	it('sends as they are: a byte range, a browser that takes no compression, a tiny answer', async () => {
		const port = await serveOnce(html);
		for (const headers of [
			{ 'accept-encoding': 'br', range: 'bytes=0-99' },
			{} as Record<string, string>
		]) {
			const plain = await get(port, headers);
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(plain.body.toString()).toBe(page);
		}
		await new Promise<void>((done) => server!.close(() => done()));
		const tinyPort = await serveOnce((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
			res.end('ok');
		});
		const tiny = await get(tinyPort, { 'accept-encoding': 'br' });
		expect(tiny.headers['content-encoding']).toBeUndefined();
		expect(tiny.body.toString()).toBe('ok');
	});
});
