/**
 * A reverse proxy as a clinic's hosting puts in front of Forstå, on loopback: it forwards pages
 * and websocket upgrades to the server and appends the connecting client's address to
 * X-Forwarded-For, the way nginx's `$proxy_add_x_forwarded_for` does. Test clients bind to
 * different loopback addresses (127.0.0.x) to be different clients, or to one to be a class
 * behind one NAT; the server itself sees every request come from the proxy.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect as tcpConnect, type AddressInfo, type Socket } from 'node:net';

export type Proxy = { url: string; close(): Promise<void> };

function forwardedFor(req: IncomingMessage): string {
	const seen = req.headers['x-forwarded-for'];
	const client = req.socket.remoteAddress ?? '';
	return seen ? `${String(seen)}, ${client}` : client;
}

/** `target` may be a function, read on every request: the server behind can be restarted elsewhere. */
export async function startProxy(target: string | (() => string)): Promise<Proxy> {
	const upstreamOf = () => new URL(typeof target === 'string' ? target : target());
	const open = new Set<Socket>();
	const server = createServer((req, res) => {
		const { hostname, port } = upstreamOf();
		const upstream = httpRequest(
			{
				host: hostname,
				port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, 'x-forwarded-for': forwardedFor(req) }
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		// Streams like a proxy without request buffering: headers go on before the body has come.
		upstream.flushHeaders();
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502);
			res.end();
		});
		req.pipe(upstream);
	});
	server.on('connection', (socket) => {
		open.add(socket);
		socket.once('close', () => open.delete(socket));
	});
	server.on('upgrade', (req, client: Socket, head: Buffer) => {
		const { hostname, port } = upstreamOf();
		const upstream = tcpConnect(Number(port), hostname, () => {
			const headers = { ...req.headers, 'x-forwarded-for': forwardedFor(req) };
			const lines = Object.entries(headers).flatMap(([name, value]) =>
				(Array.isArray(value) ? value : [value ?? '']).map((v) => `${name}: ${v}`)
			);
			upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
			upstream.write(head);
			upstream.pipe(client).pipe(upstream);
		});
		open.add(upstream);
		const end = () => {
			client.destroy();
			upstream.destroy();
			open.delete(upstream);
		};
		upstream.on('error', end).on('close', end);
		client.on('error', end).on('close', end);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of open) socket.destroy();
				server.close(() => resolve());
			})
	};
}

export type Reply = { status: number; headers: IncomingMessage['headers']; body: string };

/** One HTTP request from a chosen loopback address, so the proxy sees a chosen client. */
export function requestFrom(
	from: string,
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
	const { hostname, port, pathname, search } = new URL(url);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: hostname,
				port,
				path: pathname + search,
				method: options.method ?? 'GET',
				headers: options.headers,
				localAddress: from,
				agent: false
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}
