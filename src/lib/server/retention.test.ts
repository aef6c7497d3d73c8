import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDeck } from '../../../tests/support/live';
import { PresenterLogins } from './presenterAuth';
import { retentionRound } from './retention';
import { SessionService } from './sessions/service';
import { createSqliteStore } from './store/sqlite/store';
import type { Store } from './store/types';

const DAY = 86_400_000;
let store: Store;
afterEach(() => store.close());

describe('a retention round', () => {
	it('deletes expired sessions, but not while another holder runs the job', async () => {
		store = createSqliteStore(':memory:');
		let clock = Date.UTC(2026, 0, 1);
		const sessions = new SessionService(store, () => clock);
		const retention = {
			sessions,
			logins: new PresenterLogins(store, Buffer.alloc(32, 1), undefined, () => clock),
			days: 90
		};
		const old = (await sessions.create(fixtureDeck())).session.record.id;
		clock += 91 * DAY;

		let release!: () => void;
		const held = store.runExclusive('retention', () => new Promise<void>((r) => (release = r)));
		await expect.poll(() => release).toBeTypeOf('function');
		expect(await retentionRound(retention)).toBeUndefined();
		expect(await store.getSession(old)).toBeDefined();
		release();
		await held;

		expect(await retentionRound(retention)).toBe(1);
		expect(await store.getSession(old)).toBeUndefined();
		expect(await retentionRound(retention)).toBe(0);
	});
});
