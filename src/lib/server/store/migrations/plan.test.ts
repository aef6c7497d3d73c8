import { describe, expect, it } from 'vitest';
import { pendingMigrations } from './plan';

const steps = ['initial', 'answers', 'courses'].map((name, i) => ({ version: i + 1, name }));

describe('pendingMigrations', () => {
	it('gives every step to a new database, in order', () => {
		expect(pendingMigrations(steps, []).map((m) => m.name)).toEqual([
			'initial',
			'answers',
			'courses'
		]);
	});

	it('gives only the steps not yet recorded', () => {
		const applied = [steps[0]!, steps[1]!];
		expect(pendingMigrations(steps, applied)).toEqual([steps[2]]);
		expect(pendingMigrations(steps, steps)).toEqual([]);
	});

	it('refuses a database a newer version has upgraded', () => {
		expect(() => pendingMigrations(steps, [...steps, { version: 4, name: 'later' }])).toThrow(
			/newer version of Forstå \(schema step 4, "later"\)/
		);
	});

	it('refuses a database whose step of that number is another one', () => {
		expect(() => pendingMigrations(steps, [{ version: 2, name: 'something-else' }])).toThrow(
			/step 2 is "something-else", not "answers"/
		);
	});

	it('refuses a list with a gap or a step out of order', () => {
		expect(() => pendingMigrations([steps[0]!, steps[2]!], [])).toThrow(/number 3, not 2/);
		expect(() => pendingMigrations([steps[1]!, steps[0]!], [])).toThrow(/number 2, not 1/);
	});
});
