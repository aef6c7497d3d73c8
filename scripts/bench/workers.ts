/** The load generator processes, seen from the coordinator: send each a task, gather the replies. */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { track } from './children';
import type { Reply, Request, TaskName, Tasks } from './messages';

type Waiting = { resolve: (result: unknown) => void; reject: (error: Error) => void };

export class LoadWorkers {
	private nextId = 1;
	private waiting = new Map<number, Waiting>();

	private constructor(private readonly children: ChildProcess[]) {
		for (const child of children) {
			child.on('message', (reply: Reply) => {
				const waiting = this.waiting.get(reply.id);
				this.waiting.delete(reply.id);
				if (reply.ok) waiting?.resolve(reply.result);
				else waiting?.reject(new Error(`load generator: ${reply.error}`));
			});
			child.once('exit', (code, signal) => {
				for (const waiting of this.waiting.values()) {
					waiting.reject(new Error(`a load generator exited (${code ?? signal})`));
				}
				this.waiting.clear();
			});
		}
	}

	static start(count: number): LoadWorkers {
		const entry = resolve(import.meta.dirname, 'load.ts');
		return new LoadWorkers(
			Array.from({ length: count }, () =>
				track(
					fork(entry, [], {
						execArgv: ['--import', 'tsx'],
						stdio: ['ignore', 'inherit', 'inherit', 'ipc']
					})
				)
			)
		);
	}

	get count(): number {
		return this.children.length;
	}

	/** Runs one task on every worker at once; `args` is asked for each worker's share. */
	run<K extends TaskName>(
		task: K,
		args: (worker: number) => Tasks[K]['args'],
		timeoutMs: number
	): Promise<Tasks[K]['result'][]> {
		return Promise.all(
			this.children.map((child, worker) => {
				const id = this.nextId++;
				return new Promise<Tasks[K]['result']>((resolvePromise, reject) => {
					const timer = setTimeout(() => {
						this.waiting.delete(id);
						reject(new Error(`the ${task} task did not finish within ${timeoutMs / 1000} s`));
					}, timeoutMs);
					this.waiting.set(id, {
						resolve: (result) => {
							clearTimeout(timer);
							resolvePromise(result as Tasks[K]['result']);
						},
						reject: (error) => {
							clearTimeout(timer);
							reject(error);
						}
					});
					child.send({ id, task, args: args(worker) } as Request);
				});
			})
		);
	}

	kill(): void {
		for (const child of this.children) child.kill('SIGKILL');
	}
}

/** A start time a moment ahead, so every worker begins together on the wall clock. */
export const startSoon = () => Date.now() + 300;
