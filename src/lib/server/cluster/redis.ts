/**
 * Redis for several instances (REDIS_URL): the socket.io adapter's streams, the shared limits and
 * who is online. Two connections: the adapter's queues its commands through a short outage (the
 * streams adapter then delivers what waited); the other fails at once, so a limit or the online
 * list falls back to this instance's own count instead of waiting for Redis.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export type Shared = {
	/** This process, among the instances. */
	instanceId: string;
	/** Every key and channel starts with it, so installations (and test runs) sharing a Redis stay apart. */
	prefix: string;
	/** For the adapter: commands wait through a short outage. */
	queued: Redis;
	/** For limits and presence: a command fails at once while Redis is unreachable. */
	immediate: Redis;
	/** Resolves once both connections are up, or after `timeoutMs` without them (then false). */
	ready(timeoutMs?: number): Promise<boolean>;
	ping(): Promise<void>;
	close(): Promise<void>;
};

export function connectShared(url: string, prefix: string): Shared {
	const queued = new Redis(url, { maxRetriesPerRequest: null });
	const immediate = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
	let lastComplaint = 0;
	// ioredis reconnects by itself; an unhandled error event would end the process.
	const complain = (error: Error) => {
		if (Date.now() - lastComplaint < 10_000) return;
		lastComplaint = Date.now();
		console.error(`Redis: ${error.message}`);
	};
	queued.on('error', complain);
	immediate.on('error', complain);
	return {
		instanceId: randomUUID(),
		prefix,
		queued,
		immediate,
		async ready(timeoutMs = 5000) {
			const up = (client: Redis) =>
				client.status === 'ready'
					? Promise.resolve()
					: new Promise<void>((resolve) => client.once('ready', () => resolve()));
			let timer: ReturnType<typeof setTimeout> | undefined;
			const late = new Promise<false>(
				(resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))
			);
			const result = await Promise.race([
				Promise.all([up(queued), up(immediate)]).then(() => true),
				late
			]);
			clearTimeout(timer);
			return result;
		},
		async ping() {
			await immediate.ping();
		},
		async close() {
			await Promise.allSettled([queued.quit(), immediate.quit()]);
		}
	};
}
