/**
 * Every process and temp directory the benchmark makes, so each is ended and removed however
 * the run ends (error, Ctrl-C); and a cluster's own stop, which also removes its PostgreSQL schema
 * and Redis keys, where there is time for it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const running = new Set<ChildProcess>();
const dirs = new Set<string>();
const stops = new Set<() => Promise<void>>();
/** How long an interrupted run waits for the clusters' stops before it kills what is left. */
const STOP_LIMIT_MS = 10_000;

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

/** A stop to run if the run is cut short; call the function it returns once it has run anyway. */
export function onAbort(stop: () => Promise<void>): () => void {
	stops.add(stop);
	return () => stops.delete(stop);
}

/** Runs every registered stop (bounded), then kills whatever process is still there. */
export async function abortAll(): Promise<void> {
	const pending = [...stops].map((stop) => stop().catch(() => undefined));
	stops.clear();
	let timer: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([
		Promise.all(pending),
		new Promise((resolve) => (timer = setTimeout(resolve, STOP_LIMIT_MS)))
	]);
	clearTimeout(timer);
	killAll();
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
		void abortAll().then(() => process.exit(130));
	});
}
