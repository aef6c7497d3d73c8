// Production entry: SvelteKit's adapter-node handler and socket.io on one HTTP server, one port.
import { createServer } from 'node:http';

// adapter-node assumes https unless told otherwise. A clinic laptop serves plain http on the local
// network, and a wrong protocol would make SvelteKit refuse its own form posts as cross-site; so
// requests carry their real protocol unless a proxy in front has already said it.
process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto';
const protocolHeader = process.env.PROTOCOL_HEADER.toLowerCase();
/** @type {import('node:http').RequestListener} */
let handler;
try {
	({ handler } = await import('./build/handler.js'));
} catch (error) {
	// A setting or the database file is wrong: say so in one line, not with a stack trace.
	if (!(error instanceof Error) || error.name !== 'StartupError') throw error;
	console.error(`Forstå cannot start: ${error.message}`);
	process.exit(1);
}

const ATTACH = Symbol.for('forsta.attachRealtime');
/** @type {[string, string][]} */
const everyResponse = Object.entries(
	/** @type {any} */ (globalThis)[Symbol.for('forsta.everyResponse')] ?? {}
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = createServer((req, res) => {
	if (!req.headers[protocolHeader]) req.headers[protocolHeader] = 'http';
	// Also for static files, which do not pass through SvelteKit's hooks.
	for (const [name, value] of everyResponse) res.setHeader(name, value);
	handler(req, res);
});

/** @type {(server: import('node:http').Server) => Promise<{ close(): Promise<void> }>} */
const attachRealtime = /** @type {any} */ (globalThis)[ATTACH];
if (typeof attachRealtime !== 'function') {
	console.error(
		'The realtime module was not published by the SvelteKit bundle; rebuild with npm run build.'
	);
	process.exit(1);
}
const realtime = await attachRealtime(server);

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Forstå is listening on http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
});

let stopping = false;
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal} received, closing connections`);
	// Open websockets would keep server.close() waiting forever: close socket.io first.
	realtime
		.close()
		.then(() => new Promise((resolve) => server.close(resolve)))
		.then(() => process.exit(0));
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
