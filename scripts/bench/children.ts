/** Every process the benchmark starts, so each is ended however the run ends (error, Ctrl-C). */
import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
	running.add(child);
	child.once('exit', () => running.delete(child));
	return child;
}

export function killAll(): void {
	for (const child of running) child.kill('SIGKILL');
	running.clear();
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping every server and load generator`);
		killAll();
		process.exit(130);
	});
}
