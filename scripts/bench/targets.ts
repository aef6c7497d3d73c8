/** The servers under test, each a child process on a loopback port with its own temp data dir. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
	startServerProcess,
	stopServerProcess,
	type ServerProcess
} from '../../tests/support/process';
import { removeDir, tempDir, track } from './children';

/** The columns of the table: the bare server runs its answers both without and with commits. */
export type Target = 'bare' | 'bareDurable' | 'forsta';
export type Server = Exclude<Target, 'bareDurable'>;
export const targetNames: Record<Target, string> = {
	bare: 'bare socket.io',
	bareDurable: 'bare socket.io, one SQLite commit per answer',
	forsta: 'Forstå (node server.js)'
};

export type RunningTarget = {
	url: string;
	pid: number;
	/** The SQLite file answers are committed to (the bare server's only while commits are on). */
	storeFile: string;
	/** Ends the process at once, as a crash or power cut would: no chance to flush anything. */
	kill(): Promise<void>;
	stop(): Promise<void>;
};

/** Builds Forstå when build/ is missing or older than its sources, as `npm start` does. */
export function ensureBuild(): void {
	execFileSync(process.execPath, ['scripts/ensure-build.js'], { stdio: 'inherit' });
}

export async function startTarget(target: Server): Promise<RunningTarget> {
	const dataDir = tempDir(`forsta-bench-${target}-`);
	let server: ServerProcess;
	try {
		server =
			target === 'forsta'
				? await startServerProcess(dataDir)
				: await startServerProcess(dataDir, {}, 'scripts/bench/bare-server.js');
	} catch (error) {
		removeDir(dataDir);
		throw error;
	}
	track(server.child);
	const end = async (signal: NodeJS.Signals) => {
		await stopServerProcess(server, signal);
		removeDir(dataDir);
	};
	return {
		url: server.url,
		pid: server.child.pid!,
		storeFile: join(dataDir, target === 'forsta' ? 'forsta.sqlite' : 'bare.sqlite'),
		kill: () => stopServerProcess(server, 'SIGKILL').then(() => undefined),
		stop: () => end('SIGTERM')
	};
}
