/**
 * Open connections per client. Two thousand sockets from one address would otherwise slow every
 * other class on the server; a real classroom behind one NAT needs a few dozen. The count is
 * taken when the connection is requested, so a burst cannot slip past it, and given back when
 * the connection closes (or, for one that never opened, after a short grace).
 */
import type { IncomingMessage } from 'node:http';
import type { IO } from './types';

export const SOCKETS_PER_ADDRESS = 300;
const NEVER_OPENED_MS = 15_000;

export type ConnectionCap = {
	admit(request: IncomingMessage, client: string): boolean;
	/** Follows the server's connections, to give each count back when its connection closes. */
	watch(io: IO): void;
};

export function capConnections(perAddress: number): ConnectionCap {
	const open = new Map<string, number>();
	const pending = new WeakMap<IncomingMessage, { client: string; timer: NodeJS.Timeout }>();
	const release = (client: string) => {
		const left = (open.get(client) ?? 1) - 1;
		if (left > 0) open.set(client, left);
		else open.delete(client);
	};
	return {
		admit(request, client) {
			const count = open.get(client) ?? 0;
			if (count >= perAddress) return false;
			open.set(client, count + 1);
			const timer = setTimeout(() => {
				if (pending.delete(request)) release(client);
			}, NEVER_OPENED_MS);
			timer.unref();
			pending.set(request, { client, timer });
			return true;
		},
		watch(io) {
			io.engine.on(
				'connection',
				(raw: { request: IncomingMessage; once(e: 'close', f: () => void): void }) => {
					const admitted = pending.get(raw.request);
					if (!admitted) return;
					pending.delete(raw.request);
					clearTimeout(admitted.timer);
					raw.once('close', () => release(admitted.client));
				}
			);
		}
	};
}
