import { describe, expect, it } from 'vitest';
import { parseOptions } from './args';

describe('parseOptions', () => {
	it('defaults to the full run on one instance', () => {
		expect(parseOptions([])).toEqual({ quick: false, only: null, instances: 1, json: null });
	});
	it('reads every flag', () => {
		expect(
			parseOptions(['--quick', '--only', 'fanout', '--instances', '3', '--json', 'o.json'])
		).toEqual({ quick: true, only: 'fanout', instances: 3, json: 'o.json' });
	});
	it('takes a cluster size, and refuses one that is not a whole number from 1 to 16', () => {
		expect(parseOptions(['--instances', '3', '--quick'])).toMatchObject({
			instances: 3,
			quick: true
		});
		expect(() => parseOptions(['--instances', '0'])).toThrow(/^--instances: /);
		expect(() => parseOptions(['--instances', 'three'])).toThrow(/^--instances: /);
		expect(() => parseOptions(['--instances', '2.5'])).toThrow(/^--instances: /);
		expect(() => parseOptions(['--instances'])).toThrow();
	});
	it('names the phases when --only is wrong, and refuses unknown flags', () => {
		expect(() => parseOptions(['--only', 'everything'])).toThrow(/joins\|memory\|fanout/);
		expect(() => parseOptions(['--fast'])).toThrow();
	});
});
