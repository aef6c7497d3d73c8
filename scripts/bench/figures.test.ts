import { describe, expect, it } from 'vitest';
import { catalogue, record, toJson, toLines, type Results } from './figures';
import { makePlan } from './plan';

const entries = catalogue(makePlan(false));

describe('figures', () => {
	const results: Results = {
		bare: { 'fanout.burst.p99': 40, 'answers.r1000.lost': 0 },
		bareDurable: { 'answers.r1000.p99': 20 },
		forsta: { 'fanout.burst.p99': 50, 'answers.r1000.p99': 45, 'answers.r1000.lost': 0 }
	};

	it('keeps only what was measured, each under its section', () => {
		const lines = toLines(entries, results);
		const labels = lines.map((l) => ('section' in l ? `# ${l.section}` : l.label));
		expect(labels).toEqual([
			expect.stringMatching(/^# Slide fan-out/),
			'all 250 sessions at once, p99',
			expect.stringMatching(/^# Answers/),
			'1,000/s ack p99',
			'1,000/s acknowledged but lost'
		]);
	});

	it('gives a later check each figure with both servers and the ratios that make sense', () => {
		const json = toJson(entries, results);
		expect(json['fanout.burst.p99']).toMatchObject({ bare: 40, forsta: 50, ratio: 1.25 });
		expect(json['answers.r1000.p99']).toMatchObject({ bare: null, ratioDurable: 2.25 });
		expect(json['answers.r1000.lost']).toMatchObject({ forsta: 0, ratio: null });
		expect(Object.keys(json)).toHaveLength(3);
	});

	it('says in a cluster that every instance was killed and memory is their sum', () => {
		const sections = (instances: number) =>
			catalogue(makePlan(false), instances).flatMap((e) => ('section' in e ? [e.section] : []));
		expect(sections(3)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/found = in the store after kill -9 of all 3 instances$/),
				expect.stringMatching(/^Memory \(server RSS, the sum of 3 instances\)/)
			])
		);
		expect(sections(1)).toEqual(
			expect.arrayContaining([expect.stringMatching(/store after kill -9$/)])
		);
		const keys = (instances: number) =>
			catalogue(makePlan(false), instances).flatMap((e) => ('key' in e ? [e.key] : []));
		expect(keys(3)).toEqual(keys(1));
	});

	it('has one key per figure', () => {
		const keys = entries.flatMap((e) => ('key' in e ? [e.key] : []));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('records the chosen percentiles of a summary', () => {
		const out = {};
		record(out, 'storm', { count: 3, p50: 1, p95: 2, p99: 3, max: 4 }, ['p50', 'p99']);
		expect(out).toEqual({ 'storm.p50': 1, 'storm.p99': 3 });
	});
});
