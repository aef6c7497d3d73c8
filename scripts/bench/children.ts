/**
 * Every process and temp directory the benchmark makes, so each is ended and removed however
 * the run ends (error, Ctrl-C).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const running = new Set<ChildProcess>();
const dirs = new Set<string>();

export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	dirs.add(dir);
	return dir;
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	dirs.delete(dir);
}

export function track(child: ChildProcess): ChildProcess {
	running.add(child);
	child.once('exit', () => running.delete(child));
	return child;
}

export function killAll(): void {
	for (const child of running) child.kill('SIGKILL');
	running.clear();
	for (const dir of dirs) removeDir(dir);
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping every server and load generator`);
		killAll();
		process.exit(130);
	});
}
