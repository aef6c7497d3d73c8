import { describe, expect, it } from 'vitest';
import { Turns } from './turns';

/** A promise the test settles itself. */
function later() {
	let settle!: () => void;
	const promise = new Promise<void>((resolve) => (settle = resolve));
	return { promise, settle };
}

describe('Turns', () => {
	it('judges answers in order without waiting for their writes; a change waits for the writes', async () => {
		const turns = new Turns();
		const log: string[] = [];
		const first = later();
		const second = later();
		const a = turns.alongside(
			's',
			() => log.push('judge a'),
			async () => (await first.promise, log.push('wrote a'))
		);
		const b = turns.alongside(
			's',
			() => log.push('judge b'),
			async () => (await second.promise, log.push('wrote b'))
		);
		const change = turns.inTurn('s', async () => void log.push('change'));
		const c = turns.alongside('s', () => log.push('judge c'), async () => void log.push('wrote c'));
		// Both answers are judged while neither write is done; the change waits for both writes.
		await new Promise((resolve) => setImmediate(resolve));
		expect(log).toEqual(['judge a', 'judge b']);
		second.settle();
		await b;
		expect(log).toEqual(['judge a', 'judge b', 'wrote b']);
		first.settle();
		await Promise.all([a, change, c]);
		expect(log).toEqual(['judge a', 'judge b', 'wrote b', 'wrote a', 'change', 'judge c', 'wrote c']);
	});

	it('goes on after a failed judgement or write, and keeps sessions apart', async () => {
		const turns = new Turns();
		const held = later();
		const failed = turns.alongside('s', () => {
			throw new Error('bad');
		}, async () => 'never');
		await expect(failed).rejects.toThrow('bad');
		const other = turns.inTurn('t', async () => 'other session');
		const slow = turns.alongside('s', () => 1, async () => (await held.promise, 'written'));
		expect(await other).toBe('other session');
		const after = turns.inTurn('s', async () => 'after');
		held.settle();
		expect(await Promise.all([slow, after])).toEqual(['written', 'after']);
	});
});
