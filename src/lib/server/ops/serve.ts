/**
 * The production HTTP server, one port for everything: health probes, then SvelteKit's handler
 * (server.js hands it over) with socket.io on the same server. Listens where PORT and HOST say,
 * as config.ts validated them, and drains on SIGTERM.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { getApp } from '../app';
import { log } from '../log';
import { attachRealtime } from '../realtime';
import { EVERY_RESPONSE } from '../responseHeaders';
import { StartupError } from '../startupError';
import { drainOnSignals } from './drain';
import { compressing } from './compress';
import { answerHealth, isHealthProbe } from './health';
import { logRequests, markProbe } from './requestLog';

export async function serve(handler: RequestListener): Promise<Server> {
	const app = getApp();
	const { PORT, HOST, PROTOCOL_HEADER, DRAIN_SECONDS } = app.config;
	// adapter-node assumes https unless told otherwise. A clinic laptop serves plain http on the
	// local network, and a wrong protocol would make SvelteKit refuse its own form posts as
	// cross-site; so requests carry their real protocol unless a proxy in front has said it.
	const protocolHeader = PROTOCOL_HEADER ?? 'x-forwarded-proto';
	const server = createServer(
		logRequests((req, res) => {
			if (!req.headers[protocolHeader]) req.headers[protocolHeader] = 'http';
			// Also for static files, which do not pass through SvelteKit's hooks.
			for (const [name, value] of Object.entries(EVERY_RESPONSE)) res.setHeader(name, value);
			if (isHealthProbe(req)) {
				markProbe(req, req.url!.split('?', 1)[0]!);
				return void answerHealth(req, res, app.readiness);
			}
			compressing(req, res, handler);
		})
	);
	const realtime = await attachRealtime(server);
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				new StartupError(
					`PORT ${PORT} on HOST ${HOST} cannot be used (${error.code ?? error.message}): choose another PORT or stop what holds it`
				)
			)
		);
		server.listen(PORT, HOST, () => resolve());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : PORT;
	const host = HOST.includes(':') ? `[${HOST}]` : HOST;
	log.info({ host: HOST, port }, `Forstå is listening on http://${host}:${port}`);
	// A bug that escapes every handler still ends the process, as Node would, but as a log line.
	process.on('uncaughtException', (err) => {
		log.fatal({ err }, 'uncaught exception; exiting');
		process.exit(1);
	});
	process.on('unhandledRejection', (err) => {
		log.fatal({ err }, 'unhandled rejection; exiting');
		process.exit(1);
	});
	drainOnSignals({
		server,
		realtime,
		readiness: app.readiness,
		store: app.sessions.store,
		drainSeconds: DRAIN_SECONDS
	});
	return server;
}
