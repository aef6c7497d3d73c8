import { describe, expect, it } from 'vitest';
import type { Snapshot } from '$lib/protocol';
import { presenterState, publicState } from '../../../tests/support/states';
import { LiveView } from './liveView.svelte';

const screen = (seq: number): Snapshot => ({ role: 'screen', state: publicState(seq) });

describe('LiveView', () => {
	it('takes a newer state and keeps it against an older one arriving late', () => {
		const view = new LiveView();
		view.applyState(publicState(3));
		view.applyState(publicState(5));
		view.applyState(publicState(4));
		expect(view.state?.seq).toBe(5);
		view.applyState(publicState(5));
		expect(view.state?.slideIndex).toBe(5);
	});

	it('lets a snapshot replace everything, even with a lower number (a restarted server)', () => {
		const view = new LiveView();
		view.applyState(publicState(9));
		view.applySnapshot(screen(2));
		expect(view.state?.seq).toBe(2);
		expect(view.snapshot?.role).toBe('screen');
		view.applyState(publicState(1));
		expect(view.state?.seq).toBe(2);
		view.applyState(publicState(3));
		expect(view.state?.seq).toBe(3);
	});

	it('counts snapshots, so pages know to re-read their private data', () => {
		const view = new LiveView();
		view.applySnapshot(screen(1));
		view.applySnapshot(screen(1));
		expect(view.snapshots).toBe(2);
	});

	it("takes the presenter's state from a presenter snapshot and then only forward", () => {
		const view = new LiveView();
		view.applySnapshot({
			role: 'presenter',
			state: publicState(4),
			session: {
				sessionId: 'session-1',
				joinCode: '123456',
				deckId: 'fixture',
				deckTitle: 'Testforløb',
				variant: 'PIXI',
				course: null
			},
			slides: [],
			presenter: presenterState(4)
		});
		expect(view.presenter?.seq).toBe(4);
		view.applyPresenter(presenterState(3));
		expect(view.presenter?.seq).toBe(4);
		view.applyPresenter(presenterState(6));
		expect(view.presenter?.seq).toBe(6);
	});

	it("keeps the server's clock offset from every message, stale or not", () => {
		const view = new LiveView();
		view.applySnapshot({ role: 'screen', state: publicState(5, 10_000) }, 9_000);
		expect(view.serverOffset).toBe(1_000);
		view.applyState(publicState(4, 20_000), 20_500);
		expect(view.serverOffset).toBe(-500);
		expect(view.state?.seq).toBe(5);
	});
});
