/**
 * Group commit: the writes that arrive within one turn of the event loop (a class answering, a
 * class joining) go to the store in one transaction, and each caller's promise settles only after
 * the commit that holds its write, with its own result. One batch at a time: writes arriving
 * while one commits form the next.
 */
type Waiting<W, R> = { write: W; resolve: (result: R) => void; reject: (reason: unknown) => void };

export class GroupCommit<W, R> {
	private waiting: Waiting<W, R>[] = [];
	private scheduled = false;
	private committing: Promise<void> = Promise.resolve();

	/** `commitAll` writes a batch in one transaction: one result per write, in order. */
	constructor(private readonly commitAll: (writes: W[]) => Promise<PromiseSettledResult<R>[]>) {}

	add(write: W): Promise<R> {
		return new Promise((resolve, reject) => {
			this.waiting.push({ write, resolve, reject });
			if (this.scheduled) return;
			this.scheduled = true;
			setImmediate(() => (this.committing = this.committing.then(() => this.commit())));
		});
	}

	private async commit(): Promise<void> {
		this.scheduled = false;
		const batch = this.waiting.splice(0);
		try {
			const results = await this.commitAll(batch.map((w) => w.write));
			batch.forEach(({ resolve, reject }, i) => {
				const result = results[i];
				if (result?.status === 'fulfilled') resolve(result.value);
				else reject(result ? result.reason : new Error('the store left this write out'));
			});
		} catch (error) {
			for (const { reject } of batch) reject(error);
		}
	}
}
