/**
 * What every store must do, as one suite that store.sqlite.test.ts and store.pg.test.ts run
 * against their own database. Test code, kept beside the interface it pins down.
 */
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../types';
import { answersContract } from './answers';
import { batchesContract } from './batches';
import { deletingContract } from './deleting';
import { jobsContract } from './jobs';
import { sessionsContract } from './sessions';

export { answer, session } from './records';

export type StoreHarness = {
	/** A store on an empty database, for one test. */
	open(): Promise<Store>;
	/** Another store on the database `open` gave last: a second instance of the server. */
	another(): Promise<Store>;
	/** The rows a table holds, counted past the store. */
	count(table: string): Promise<number>;
};

/** What each part of the contract works with: the test's store, and the harness. */
export type Contract = Omit<StoreHarness, 'open'> & { readonly store: Store };

export function storeContract(harness: StoreHarness): void {
	let store: Store | undefined;
	const opened: Store[] = [];
	const contract: Contract = {
		get store() {
			if (!store) throw new Error('no store is open outside a test');
			return store;
		},
		async another() {
			const second = await harness.another();
			opened.push(second);
			return second;
		},
		count: (table) => harness.count(table)
	};
	beforeEach(async () => {
		store = await harness.open();
		opened.push(store);
	});
	afterEach(async () => {
		for (const s of opened.splice(0)) await s.close();
		store = undefined;
	});
	sessionsContract(contract);
	answersContract(contract);
	batchesContract(contract);
	deletingContract(contract);
	jobsContract(contract);
}
