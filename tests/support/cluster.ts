/**
 * Several instances on one PostgreSQL schema and one Redis key prefix of their own, behind the
 * shipped deploy/nginx.conf — the set-up docs/cluster.md describes. The cluster test runs
 * Forstå's server this way; `npm run bench -- --instances N` runs both Forstå and its bare
 * socket.io comparison server (`entry`) this way. `stop` removes everything it made.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabase, type TestDatabase } from './database';
import { startNginx, type Nginx, type NginxOptions } from './nginx';
import { startServerProcess, stopServerProcess, type ServerProcess } from './process';
import { dropPrefix, TEST_REDIS_URL, testPrefix } from './redis';

export type Cluster = {
	db: TestDatabase;
	/** The Redis key prefix every instance shares, and only this cluster uses. */
	prefix: string;
	servers: ServerProcess[];
	nginx: Nginx;
	/** Ends the proxy and every instance (kill -9), drops the schema and the prefix's keys. */
	stop(): Promise<void>;
};

export type ClusterOptions = {
	instances: number;
	/** Names the Redis prefix and the temp folders. */
	name: string;
	/** The script each instance runs (server.js unless told). */
	entry?: string;
	env?: Record<string, string>;
	nginx?: NginxOptions;
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
	const { instances, name, entry = 'server.js' } = options;
	const db = await testDatabase();
	const prefix = testPrefix(name);
	const dirs: string[] = [];
	const servers: ServerProcess[] = [];
	let nginx: Nginx | undefined;
	const stop = async () => {
		await nginx?.stop();
		for (const server of servers) await stopServerProcess(server, 'SIGKILL');
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
		await db.drop();
		// Only this cluster's keys, never anyone else's.
		await dropPrefix(prefix);
	};
	try {
		const env = {
			DATABASE_URL: db.url,
			REDIS_URL: TEST_REDIS_URL,
			REDIS_PREFIX: prefix,
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			// One installation: the same key for pseudonyms and logins on every instance.
			SERVER_SECRET: randomBytes(24).toString('hex'),
			...options.env
		};
		for (let i = 0; i < instances; i++)
			dirs.push(mkdtempSync(join(tmpdir(), `forsta-${name}-${i}-`)));
		const started = await Promise.allSettled(
			dirs.map((dir) => startServerProcess(dir, env, entry))
		);
		for (const outcome of started) if (outcome.status === 'fulfilled') servers.push(outcome.value);
		const failed = started.find((outcome) => outcome.status === 'rejected');
		if (failed) throw failed.reason;
		nginx = await startNginx(
			servers.map((s) => new URL(s.url).host),
			options.nginx
		);
		return { db, prefix, servers, nginx, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
