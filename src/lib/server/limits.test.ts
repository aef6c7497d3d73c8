import { describe, expect, it } from 'vitest';
import { createLimits } from './limits';

const budget = { perWindow: 3, windowSeconds: 60, perDay: 5 };

describe('guess limits', () => {
	it('counts only wrong guesses, and refuses before evaluating once the budget is used', async () => {
		const limits = createLimits({ budgets: { joinCode: budget } });
		let evaluated = 0;
		const guess = (right: boolean) =>
			limits.guess(
				'joinCode',
				'client',
				async () => {
					evaluated += 1;
					return right;
				},
				(r) => r
			);
		for (let i = 0; i < 10; i++)
			expect(await guess(true)).toEqual({ limited: false, result: true });
		for (let i = 0; i < 3; i++) expect((await guess(false)).limited).toBe(false);
		expect(await guess(true)).toMatchObject({ limited: true, wait: expect.any(Number) });
		expect(evaluated).toBe(13);
		expect((await limits.guess('joinCode', 'other', async () => false, Boolean)).limited).toBe(
			false
		);
	});

	it('takes the point before evaluating, so concurrent guesses cannot all pass', async () => {
		const limits = createLimits({ budgets: { password: budget }, inFlight: 100, queue: 0 });
		let evaluated = 0;
		const results = await Promise.all(
			Array.from({ length: 50 }, () =>
				limits.guess(
					'password',
					'client',
					async () => {
						evaluated += 1;
						await new Promise((resolve) => setImmediate(resolve));
						return false;
					},
					(r) => r
				)
			)
		);
		expect(evaluated).toBe(3);
		expect(results.filter((r) => r.limited)).toHaveLength(47);
	});

	it('caps the daily total even when each window is within its budget', async () => {
		const limits = createLimits({
			budgets: { personalCode: { perWindow: 100, windowSeconds: 60, perDay: 4 } }
		});
		const wrong = () => limits.guess('personalCode', 'client', async () => false, Boolean);
		for (let i = 0; i < 4; i++) expect((await wrong()).limited).toBe(false);
		expect((await wrong()).limited).toBe(true);
	});

	it('lets a few guesses of one client run at once, queues some and turns the rest away', async () => {
		const limits = createLimits({
			budgets: { joinCode: { perWindow: 1000, windowSeconds: 60, perDay: 1000 } },
			inFlight: 2,
			queue: 3
		});
		let running = 0;
		let most = 0;
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const all = Array.from({ length: 10 }, () =>
			limits.guess(
				'joinCode',
				'client',
				async () => {
					running += 1;
					most = Math.max(most, running);
					await gate;
					running -= 1;
					return true;
				},
				Boolean
			)
		);
		const turnedAway = await Promise.all(all.slice(5));
		expect(turnedAway.every((r) => r.limited)).toBe(true);
		release();
		const served = await Promise.all(all.slice(0, 5));
		expect(served.every((r) => !r.limited)).toBe(true);
		expect(most).toBe(2);
	});
});
