// The bare server on several instances (REDIS_URL set): socket.io's Redis streams adapter, set up
// as Forstå's is, carries each room's broadcasts to every instance; each instance keeps every
// room in memory. A change to a room (and to the commits switch) goes to the others first, and is
// broadcast or answered only once every other instance has it: the adapter sends these notes by
// pub/sub, its broadcasts by a stream, so nothing else would keep them in order — and a phone on
// another instance must not answer or join against a room older than the state it was sent.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';

/** Options for `new Server`: websocket only through the adapter, or nothing on one instance. */
export function clusterOptions() {
	const url = process.env.REDIS_URL;
	if (!url) return {};
	const prefix = process.env.REDIS_PREFIX ?? 'forsta-bench-bare';
	const redis = new Redis(url, { maxRetriesPerRequest: null });
	redis.on('error', (error) => console.error(`Redis: ${error.message}`));
	return {
		transports: /** @type {['websocket']} */ (['websocket']),
		adapter: createAdapter(redis, {
			streamName: `${prefix}:socket.io`,
			channelPrefix: `${prefix}:socket.io`,
			sessionKeyPrefix: `${prefix}:sio:session:`
		})
	};
}

/**
 * @param {import('socket.io').Server} io
 * @param {string} event
 * @param {unknown} payload
 * @returns {Promise<void>} once every other instance has it (at once on one instance)
 */
export async function tellOthers(io, event, payload) {
	if (!process.env.REDIS_URL) return;
	const replies = await io.serverSideEmitWithAck(event, payload);
	const others = Number(process.env.BENCH_INSTANCES ?? 1) - 1;
	if (replies.length < others) {
		throw new Error(`${event}: ${replies.length} of the ${others} other instances answered`);
	}
}

/**
 * @param {import('socket.io').Server} io
 * @param {string} event
 * @param {(payload: any) => void} apply
 */
export function fromOthers(io, event, apply) {
	io.on(event, (payload, /** @type {((done: boolean) => void) | undefined} */ reply) => {
		apply(payload);
		if (typeof reply === 'function') reply(true);
	});
}
