/** The servers under test, each a child process on a loopback port with its own temp data dir. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
	startServerProcess,
	stopServerProcess,
	type ServerProcess
} from '../../tests/support/process';
import { removeDir, tempDir, track } from './children';

export type Target = 'bare' | 'bareDurable' | 'forsta';
export const targetNames: Record<Target, string> = {
	bare: 'bare socket.io',
	bareDurable: 'bare socket.io, one SQLite commit per answer',
	forsta: 'Forstå (node server.js)'
};

export type RunningTarget = {
	url: string;
	pid: number;
	/** The SQLite file answers are committed to; the plain bare server keeps none. */
	storeFile: string | null;
	/** Ends the process at once, as a crash or power cut would: no chance to flush anything. */
	kill(): Promise<void>;
	stop(): Promise<void>;
};

/** Builds Forstå when build/ is missing or older than its sources, as `npm start` does. */
export function ensureBuild(): void {
	execFileSync(process.execPath, ['scripts/ensure-build.js'], { stdio: 'inherit' });
}

export async function startTarget(target: Target): Promise<RunningTarget> {
	const dataDir = tempDir(`forsta-bench-${target}-`);
	let server: ServerProcess;
	try {
		server =
			target === 'forsta'
				? await startServerProcess(dataDir)
				: await startServerProcess(
						dataDir,
						target === 'bareDurable' ? { BARE_DURABLE: '1' } : {},
						'scripts/bench/bare-server.js'
					);
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
		storeFile:
			target === 'forsta'
				? join(dataDir, 'forsta.sqlite')
				: target === 'bareDurable'
					? join(dataDir, 'bare.sqlite')
					: null,
		kill: () => stopServerProcess(server, 'SIGKILL').then(() => undefined),
		stop: () => end('SIGTERM')
	};
}
