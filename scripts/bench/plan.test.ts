import { describe, expect, it } from 'vitest';
import { loopbackAddress, makePlan } from './plan';

describe('loopbackAddress', () => {
	it('gives each run of perAddress clients the next address in its block', () => {
		expect(loopbackAddress(0, 25, 1)).toBe('127.1.1.1');
		expect(loopbackAddress(24, 25, 1)).toBe('127.1.1.1');
		expect(loopbackAddress(25, 25, 1)).toBe('127.1.1.2');
		expect(loopbackAddress(253 * 25, 25, 1)).toBe('127.1.1.254');
		expect(loopbackAddress(254 * 25, 25, 1)).toBe('127.1.2.1');
		expect(loopbackAddress(0, 25, 2)).toBe('127.2.1.1');
	});

	it('never puts more than perAddress of 5,000 phones on one address', () => {
		const counts = new Map<string, number>();
		for (let n = 0; n < 5000; n++) {
			const address = loopbackAddress(n, 25, 1);
			counts.set(address, (counts.get(address) ?? 0) + 1);
		}
		expect(Math.max(...counts.values())).toBe(25);
		expect(counts.size).toBe(200);
	});
});

describe('makePlan', () => {
	for (const quick of [false, true]) {
		it(`lets every phone answer each step at most once (quick: ${quick})`, () => {
			const plan = makePlan(quick);
			for (const step of plan.answers) {
				expect(step.rate * step.seconds).toBeLessThanOrEqual(plan.classes250.phones);
			}
		});
	}

	it('runs the issue’s schedule in full and a tenth of the phones when quick', () => {
		const full = makePlan(false);
		expect(full.classes10).toMatchObject({ sessions: 10, phones: 1000 });
		expect(full.classes250).toMatchObject({ sessions: 250, phones: 5000, periodMs: 15_000 });
		expect(full.answers.map((s) => s.rate)).toEqual([250, 500, 1000]);
		expect(full.storm.phones).toBe(2000);
		const quick = makePlan(true);
		expect(quick.classes10.phones).toBe(100);
		expect(quick.classes250.phones).toBe(500);
		expect(quick.storm.phones).toBe(200);
	});
});
