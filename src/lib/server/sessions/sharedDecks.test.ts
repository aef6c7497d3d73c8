/** Sessions of one deck version share one parsed deck; another version gets its own. */
import { describe, expect, it } from 'vitest';
import { fixtureDeck } from '../../../../tests/support/live';
import { createSqliteStore } from '../store/sqlite/store';
import { SessionService } from './service';

describe('shared decks', () => {
	it('gives every session of one deck version the same parsed deck and questions', async () => {
		const store = createSqliteStore(':memory:');
		try {
			const sessions = new SessionService(store);
			const a = (await sessions.create(fixtureDeck())).session;
			const b = (await sessions.create(fixtureDeck())).session;
			// Read back from the store, as after a restart.
			const c = (await new SessionService(store).get(a.record.id))!;
			for (const other of [b, c]) {
				expect(other.deck).toBe(a.deck);
				expect(other.questions).toBe(a.questions);
			}
			const changed = { ...fixtureDeck(), title: 'Ny version' };
			const d = (await sessions.create(changed)).session;
			expect(d.deck).not.toBe(a.deck);
			expect(d.deck.title).toBe('Ny version');
		} finally {
			await store.close();
		}
	});
});
