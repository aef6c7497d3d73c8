/**
 * SIGTERM (or Ctrl-C): stop without losing an answer. The instance says it is not ready and
 * tells its own clients that the server restarts, keeps serving for DRAIN_SECONDS so a proxy or
 * orchestrator moves new clients elsewhere, then stops accepting, closes the sockets, waits for
 * the commands and requests under way, closes the store and exits 0. Past a fixed bound it exits
 * 1 instead of hanging.
 */
import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { log } from '../log';
import type { Realtime } from '../realtime';
import type { Store } from '../store/types';
import type { Readiness } from './readiness';

/** Time for sockets, commands and requests after the drain period; systemd's TimeoutStopSec must exceed both. */
export const CLOSE_MS = 10_000;
const REQUESTS_MS = 5000;

export type Draining = {
	server: Server;
	realtime: Realtime;
	readiness: Readiness;
	store: Store;
	drainSeconds: number;
};

export async function drain(signal: string, parts: Draining): Promise<number> {
	const { server, realtime, readiness, store, drainSeconds } = parts;
	readiness.drain();
	realtime.tellRestart();
	log.info(
		{ signal, drainSeconds },
		'draining: /readyz answers 503, clients are told to reconnect'
	);
	await delay(drainSeconds * 1000);
	const closed = new Promise<void>((resolve) => void server.close(() => resolve()));
	log.info('no longer accepting connections');
	await realtime.close();
	if ((await Promise.race([closed.then(() => true), delay(REQUESTS_MS, false)])) === false) {
		log.warn('requests still open at shutdown; closing them');
		server.closeAllConnections();
	}
	// Every answer was committed before its ack; closing the store checkpoints the WAL.
	await store.close();
	log.info('stopped');
	return 0;
}

export function drainOnSignals(parts: Draining): void {
	let stopping = false;
	const stop = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		setTimeout(
			() => {
				log.error({ signal }, 'shutdown took too long; exiting');
				process.exit(1);
			},
			parts.drainSeconds * 1000 + CLOSE_MS
		).unref();
		drain(signal, parts).then(
			(code) => process.exit(code),
			(err: unknown) => {
				log.error({ err }, 'shutdown failed');
				process.exit(1);
			}
		);
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}
