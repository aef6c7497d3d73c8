/**
 * The commands being handled right now. A shutdown closes the sockets first, so no new command
 * arrives, then waits here until those under way have committed their writes.
 */
export class InFlight {
	private readonly pending = new Set<Promise<unknown>>();

	track(work: Promise<unknown>): void {
		this.pending.add(work);
		const done = () => this.pending.delete(work);
		work.then(done, done);
	}

	get size(): number {
		return this.pending.size;
	}

	/** Resolves once every tracked command has finished, or after `ms` (false then). */
	async settle(ms: number): Promise<boolean> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
		try {
			while (this.pending.size > 0) {
				const all = Promise.allSettled([...this.pending]).then(() => true as const);
				if (!(await Promise.race([all, late]))) return false;
			}
			return true;
		} finally {
			clearTimeout(timer);
		}
	}
}
