/**
 * The counters behind the limits: in this process alone, or shared by every instance in Redis.
 * A shared counter has an in-memory twin of the same budget that takes over while Redis is
 * unreachable, so a Redis outage neither locks anyone out nor lifts a limit: each instance then
 * counts on its own, and a guesser gets at most the budget once per instance for that time.
 */
import {
	RateLimiterMemory,
	RateLimiterRedis,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import type { Shared } from './redis';

export type Counter = (
	name: string,
	points: number,
	durationSeconds: number
) => RateLimiterAbstract;

export function counters(shared?: Shared): Counter {
	return (name, points, duration) => {
		const memory = new RateLimiterMemory({ points, duration });
		if (!shared) return memory;
		return new RateLimiterRedis({
			storeClient: shared.immediate,
			keyPrefix: `${shared.prefix}:limit:${name}`,
			points,
			duration,
			insuranceLimiter: memory,
			rejectIfRedisNotReady: true
		});
	};
}
