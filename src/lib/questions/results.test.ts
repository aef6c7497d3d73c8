import { describe, expect, it } from 'vitest';
import { median, scaleResults } from './results';

describe('scaleResults', () => {
	it('counts answers per value from min to max', () => {
		expect(scaleResults('q1', 0, 10, [0, 3, 3, 10, 7, 3])).toEqual({
			questionId: 'q1',
			type: 'scale',
			min: 0,
			total: 6,
			counts: [1, 0, 0, 3, 0, 0, 0, 1, 0, 0, 1],
			median: 3
		});
	});

	it('has one count per step even with no answers, and a null median', () => {
		const result = scaleResults('q1', 0, 10, []);
		expect(result.counts).toEqual(Array(11).fill(0));
		expect(result.total).toBe(0);
		expect(result.median).toBeNull();
	});

	it.each([
		{ values: [5], median: 5 },
		{ values: [1, 2, 3], median: 2 },
		{ values: [3, 1, 2], median: 2 },
		{ values: [1, 2, 3, 4], median: 2.5 },
		{ values: [4, 1, 3, 2], median: 2.5 },
		{ values: [0, 10], median: 5 },
		{ values: [2, 2, 9, 9], median: 5.5 },
		{ values: [7, 7, 7, 8], median: 7 },
		{ values: [0, 0, 0, 10, 10], median: 0 },
		{ values: [1, 1, 2, 2, 2, 9], median: 2 }
	])('median of $values is $median', ({ values, median }) => {
		const result = scaleResults('q1', 0, 10, values);
		expect(result.total).toBe(values.length);
		expect(result.median).toBe(median);
	});

	it('ignores values outside min..max', () => {
		const result = scaleResults('q1', 0, 10, [-1, 11, 100, -1000, 4, 6]);
		expect(result.total).toBe(2);
		expect(result.counts).toEqual([0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0]);
		expect(result.median).toBe(5);
	});

	it('gives a null median when every value is out of range', () => {
		const result = scaleResults('q1', 0, 10, [11, -3]);
		expect(result.total).toBe(0);
		expect(result.counts).toEqual(Array(11).fill(0));
		expect(result.median).toBeNull();
	});

	it('works with a non-zero min', () => {
		const result = scaleResults('mood', 1, 5, [1, 5, 5, 3, 0, 6]);
		expect(result).toEqual({
			questionId: 'mood',
			type: 'scale',
			min: 1,
			total: 4,
			counts: [1, 0, 1, 0, 2],
			median: 4
		});
	});

	it('works with a negative min', () => {
		const result = scaleResults('q1', -2, 2, [-2, -1, -1, 2, -3, 3]);
		expect(result.counts).toEqual([1, 2, 0, 0, 1]);
		expect(result.total).toBe(4);
		expect(result.median).toBe(-1);
	});

	it('does not mutate the input values', () => {
		const values = Object.freeze([3, 1, 2]);
		scaleResults('q1', 0, 10, values as number[]);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('median', () => {
	it('is the middle value, or halfway between the two middle ones', () => {
		expect(median([7])).toBe(7);
		expect(median([9, 1, 4])).toBe(4);
		expect(median([1, 2, 3, 10])).toBe(2.5);
		expect(median([-4, -2])).toBe(-3);
	});

	it('is null without values and leaves its input as it was', () => {
		expect(median([])).toBeNull();
		const values = Object.freeze([3, 1, 2]);
		expect(median(values)).toBe(2);
		expect(values).toEqual([3, 1, 2]);
	});
});
