/**
 * Runs the production server (node server.js) as a child process on a random loopback port; the
 * benchmark runs its bare comparison server the same way through `entry`. A DATABASE_URL in
 * `env` puts it on PostgreSQL (tests/support/database.ts gives each caller a schema).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export type ServerProcess = { url: string; child: ChildProcess; output: () => string };

export async function startServerProcess(
	dataDir: string,
	env: Record<string, string> = {},
	entry = 'server.js'
): Promise<ServerProcess> {
	if (entry === 'server.js' && !existsSync(resolve(root, 'build/handler.js'))) {
		throw new Error('No production build: run "npm run build" first (npm test does this).');
	}
	const child = spawn(process.execPath, [entry], {
		cwd: root,
		env: {
			...process.env,
			// Tests stop servers often; the drain test sets its own period.
			DRAIN_SECONDS: '0',
			...env,
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			DECKS_DIR: resolve(root, 'sessions')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const url = await new Promise<string>((resolvePromise, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 15_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			log += chunk.toString();
			const match = /listening on (http:\/\/[^\s"]+)/.exec(log);
			if (match) {
				clearTimeout(timer);
				resolvePromise(match[1]!);
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited with ${code}:\n${log}`));
		});
	});
	return { url, child, output: () => log };
}

export function stopServerProcess(
	server: ServerProcess,
	signal: NodeJS.Signals
): Promise<number | null> {
	if (server.child.exitCode !== null || server.child.signalCode !== null) {
		return Promise.resolve(server.child.exitCode);
	}
	return new Promise((resolvePromise) => {
		server.child.once('exit', (code) => resolvePromise(code));
		server.child.kill(signal);
	});
}
