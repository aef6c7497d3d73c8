// The services the suite's PostgreSQL and Redis tests need, started when they are down: the
// machine's PostgreSQL cluster and a throwaway Redis (no persistence), both on loopback. With
// TEST_DATABASE_URL / TEST_REDIS_URL set, the tests use those and nothing is started here.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** @typedef {{ name: string; urlVariable: string; port: number; start: string }} Service */

/** @type {Service[]} */
export const SERVICES = [
	{
		name: 'PostgreSQL',
		urlVariable: 'TEST_DATABASE_URL',
		port: 5432,
		start: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'
	},
	{
		name: 'Redis',
		urlVariable: 'TEST_REDIS_URL',
		port: 6379,
		start:
			'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no'
	}
];

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function accepts(port, timeoutMs = 1000) {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		const done = (up) => {
			socket.destroy();
			resolve(up);
		};
		socket.setTimeout(timeoutMs, () => done(false));
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
	});
}

/**
 * Starts each service that is down and waits (at most `waitMs`) until it accepts connections.
 * Throws with a sentence naming the service, the port and the command when one does not come up.
 * @param {{ env?: Record<string, string | undefined>, services?: Service[], waitMs?: number, log?: (line: string) => void }} [options]
 */
export async function ensureServices(options = {}) {
	const { env = process.env, services = SERVICES, waitMs = 30_000, log = console.log } = options;
	for (const service of services) {
		if (env[service.urlVariable]) {
			log(`${service.name}: using ${service.urlVariable}`);
			continue;
		}
		if (await accepts(service.port)) {
			log(`${service.name} is up on 127.0.0.1:${service.port}`);
			continue;
		}
		log(`${service.name} is down on 127.0.0.1:${service.port}; starting it: ${service.start}`);
		const started = spawnSync('sh', ['-c', service.start], { stdio: 'inherit' });
		const deadline = Date.now() + waitMs;
		let up = await accepts(service.port);
		while (!up && Date.now() < deadline) {
			await delay(250);
			up = await accepts(service.port);
		}
		if (!up)
			throw new Error(
				`${service.name} does not accept connections on 127.0.0.1:${service.port} ${waitMs / 1000} s after "${service.start}" (exit ${started.status ?? started.signal ?? started.error?.message}). Start it yourself, or set ${service.urlVariable}.`
			);
		log(`${service.name} is up on 127.0.0.1:${service.port}`);
	}
}
