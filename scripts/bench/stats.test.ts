import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);

describe('percentile (nearest rank)', () => {
	it('picks the sample with p % at or below it', () => {
		expect(percentile(oneToHundred, 50)).toBe(50);
		expect(percentile(oneToHundred, 95)).toBe(95);
		expect(percentile(oneToHundred, 99)).toBe(99);
		expect(percentile(oneToHundred, 100)).toBe(100);
		expect(percentile(oneToHundred, 0)).toBe(1);
	});

	it('rounds the rank up, never interpolating between samples', () => {
		expect(percentile([10, 20, 30, 40], 50)).toBe(20);
		expect(percentile([10, 20, 30, 40], 51)).toBe(30);
		expect(percentile([10, 20, 30, 40], 99)).toBe(40);
		expect(percentile([7], 99)).toBe(7);
	});

	it('leaves the samples in their order', () => {
		const samples = [3, 1, 2];
		percentile(samples, 50);
		expect(samples).toEqual([3, 1, 2]);
	});

	it('has nothing to say about no samples, and refuses a percentile outside 0–100', () => {
		expect(percentile([], 50)).toBeNull();
		expect(() => percentile([1], 101)).toThrow(RangeError);
		expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
	});
});

describe('summarize', () => {
	it('gives count, p50, p95, p99 and max', () => {
		expect(summarize(oneToHundred)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
		expect(summarize([])).toBeNull();
	});
});
