import { describe, expect, it } from 'vitest';
import { InFlight } from './inflight';

describe('InFlight', () => {
	it('waits for every command under way, also one that fails', async () => {
		const inFlight = new InFlight();
		const finished: string[] = [];
		let commit = () => undefined as void;
		inFlight.track(
			new Promise<void>((resolve) => (commit = resolve)).then(() => void finished.push('answer'))
		);
		inFlight.track(Promise.reject(new Error('refused')));
		expect(inFlight.size).toBe(2);
		const settled = inFlight.settle(5000);
		setTimeout(commit, 20);
		expect(await settled).toBe(true);
		expect(finished).toEqual(['answer']);
		expect(inFlight.size).toBe(0);
	});

	it('gives up after its bound and says so', async () => {
		const inFlight = new InFlight();
		inFlight.track(new Promise<void>(() => undefined));
		expect(await inFlight.settle(30)).toBe(false);
		expect(inFlight.size).toBe(1);
	});
});
