/**
 * Group commit: the answers that arrive within one turn of the event loop go to the store in one
 * transaction, and each caller's promise settles only after the commit that holds its answer,
 * with its own result. One batch at a time: answers arriving while one commits form the next.
 */
import type { AnswerWrite, SaveAnswerResult, Store } from '../store/types';

type Waiting = {
	write: AnswerWrite;
	resolve: (result: SaveAnswerResult) => void;
	reject: (reason: unknown) => void;
};

export class AnswerWrites {
	private waiting: Waiting[] = [];
	private scheduled = false;
	private committing: Promise<void> = Promise.resolve();

	constructor(private readonly store: Store) {}

	save(write: AnswerWrite): Promise<SaveAnswerResult> {
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
			const results = await this.store.saveAnswers(batch.map((w) => w.write));
			batch.forEach(({ resolve, reject }, i) => {
				const result = results[i];
				if (result?.status === 'fulfilled') resolve(result.value);
				else reject(result ? result.reason : new Error('the store left this answer out'));
			});
		} catch (error) {
			for (const { reject } of batch) reject(error);
		}
	}
}
