/**
 * The servers under test: on one instance, a child process on a loopback port with its own temp
 * data dir (SQLite); with `--instances N`, N processes on a fresh PostgreSQL schema and Redis
 * prefix behind the shipped nginx.conf, as tests/support/cluster.ts starts them for the suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster } from '../../tests/support/cluster';
import { NGINX } from '../../tests/support/nginx';
import {
	startServerProcess,
	stopServerProcess,
	type ServerProcess
} from '../../tests/support/process';
import { onAbort, removeDir, tempDir, track } from './children';
import type { Endpoint, StoreRef } from './messages';

/** The columns of the table: the bare server runs its answers both without and with commits. */
export type Target = 'bare' | 'bareDurable' | 'forsta';
export type Server = Exclude<Target, 'bareDurable'>;

export function targetNames(instances: number): Record<Target, string> {
	if (instances === 1) {
		return {
			bare: 'bare socket.io',
			bareDurable: 'bare socket.io, one SQLite commit per answer',
			forsta: 'Forstå (node server.js)'
		};
	}
	return {
		bare: `bare socket.io ×${instances}`,
		bareDurable: `bare socket.io ×${instances}, one PostgreSQL commit per answer`,
		forsta: `Forstå ×${instances} (PostgreSQL + Redis)`
	};
}

const BARE = 'scripts/bench/bare-server.js';
/** Each phone holds two of nginx's connections (its own, and one on to an instance). */
const NGINX_WORKER_CONNECTIONS = 16_384;

export type RunningTarget = Endpoint & {
	/** Every instance's process: CPU and memory are their sum. */
	pids: number[];
	/** Where answers are committed (the bare server's only while commits are on). */
	store: StoreRef;
	/** Ends every instance at once, as a crash or power cut would: no chance to flush anything. */
	kill(): Promise<void>;
	stop(): Promise<void>;
};

/** Builds Forstå when build/ is missing or older than its sources, as `npm start` does. */
export function ensureBuild(): void {
	execFileSync(process.execPath, ['scripts/ensure-build.js'], { stdio: 'inherit' });
}

/** What a cluster run needs before it starts, in words a person can act on; null when all is there. */
export function clusterMissing(): string | null {
	if (existsSync(NGINX)) return null;
	return `--instances needs nginx at ${NGINX} (Debian package "nginx": apt-get install nginx), or set NGINX_PATH.`;
}

export async function startTarget(target: Server, instances: number): Promise<RunningTarget> {
	return instances === 1 ? startSingle(target) : startMany(target, instances);
}

async function startSingle(target: Server): Promise<RunningTarget> {
	const dataDir = tempDir(`forsta-bench-${target}-`);
	let server: ServerProcess;
	try {
		server =
			target === 'forsta'
				? await startServerProcess(dataDir)
				: await startServerProcess(dataDir, {}, BARE);
	} catch (error) {
		removeDir(dataDir);
		throw error;
	}
	track(server.child);
	return {
		url: server.url,
		ca: null,
		pids: [server.child.pid!],
		store: {
			kind: 'sqlite',
			file: join(dataDir, target === 'forsta' ? 'forsta.sqlite' : 'bare.sqlite')
		},
		kill: () => stopServerProcess(server, 'SIGKILL').then(() => undefined),
		stop: async () => {
			await stopServerProcess(server, 'SIGTERM');
			removeDir(dataDir);
		}
	};
}

async function startMany(target: Server, instances: number): Promise<RunningTarget> {
	const cluster = await startCluster({
		instances,
		name: `bench-${target}`,
		entry: target === 'forsta' ? 'server.js' : BARE,
		// The bare instances check that every other one has a new room before it is used.
		env: target === 'forsta' ? {} : { BENCH_INSTANCES: String(instances) },
		nginx: { workerConnections: NGINX_WORKER_CONNECTIONS }
	});
	for (const server of cluster.servers) track(server.child);
	const forget = onAbort(() => cluster.stop());
	return {
		url: cluster.nginx.url,
		ca: cluster.nginx.ca,
		pids: cluster.servers.map((s) => s.child.pid!),
		store: { kind: 'postgres', url: cluster.db.url },
		kill: async () => {
			await Promise.all(cluster.servers.map((s) => stopServerProcess(s, 'SIGKILL')));
		},
		stop: () => {
			forget();
			return cluster.stop();
		}
	};
}

/** What the columns ran on, and how the store was read: printed above the table. */
export function setUp(instances: number): string {
	if (instances === 1) {
		return [
			'Servers: each one process on its own loopback port. bare: scripts/bench/bare-server.js;',
			'bare+commit: the same, one SQLite commit per answer (WAL, synchronous=FULL) before its ack;',
			'Forstå: node server.js on SQLite. Found in the store: read from the file after kill -9.'
		].join('\n');
	}
	return [
		`Servers: each ${instances} instances behind nginx (deploy/nginx.conf; worker_connections ${NGINX_WORKER_CONNECTIONS}), phones over TLS websockets through it.`,
		`Forstå: node server.js ×${instances} on one fresh PostgreSQL schema and Redis prefix (both removed after).`,
		`bare: bare-server.js ×${instances} with socket.io's Redis streams adapter, every room kept on every instance;`,
		'bare+commit: the same, one PostgreSQL INSERT committed per answer (synchronous_commit on) before its ack.',
		`Found in the store: read from PostgreSQL after kill -9 of all ${instances} instances at once (PostgreSQL`,
		'keeps running: an answer acked before its commit would be missing). Memory and CPU: the sum of the',
		`${instances} instances; nginx, Redis and PostgreSQL are not counted.`
	].join('\n');
}
