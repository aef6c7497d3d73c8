// The bare server on several instances (REDIS_URL set): socket.io's Redis streams adapter, set up
// as Forstå's is, carries each room's broadcasts to every instance; each instance keeps every
// room in memory, and a change to a room is sent to the others the same way. A new room (and a
// change of the commits switch) is answered only once every other instance has it, so a phone
// that joins through another instance straight after finds it.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';

const REPLY_MS = 5_000;

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
export function tellOthers(io, event, payload) {
	if (!process.env.REDIS_URL) return Promise.resolve();
	return new Promise((resolve, reject) => {
		io.timeout(REPLY_MS).serverSideEmit(event, payload, (/** @type {Error | null} */ error) =>
			error ? reject(error) : resolve()
		);
	});
}

/**
 * @param {import('socket.io').Server} io
 * @param {string} event
 * @param {(payload: any) => void} apply
 */
export function fromOthers(io, event, apply) {
	io.on(event, (payload, /** @type {(() => void) | undefined} */ reply) => {
		apply(payload);
		if (typeof reply === 'function') reply();
	});
}

/** The same without waiting for anyone: for a room's changes. @param {import('socket.io').Server} io @param {string} event @param {unknown} payload */
export function notifyOthers(io, event, payload) {
	if (process.env.REDIS_URL) io.serverSideEmit(event, payload);
}
