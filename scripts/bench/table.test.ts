import { describe, expect, it } from 'vitest';
import { formatNumber, formatRatio, ratio, renderTable, rowCells, type Row } from './table';

const row = (over: Partial<Row> = {}): Row => ({
	label: 'fan-out p99',
	unit: 'ms',
	bare: 4,
	bareDurable: null,
	forsta: 6,
	ratio: true,
	...over
});

describe('ratio', () => {
	it('is Forstå over the reference', () => {
		expect(ratio(6, 4)).toBe(1.5);
		expect(ratio(50, 1000)).toBe(0.05);
	});
	it('is missing when either side is, or the reference is zero', () => {
		expect(ratio(null, 4)).toBeNull();
		expect(ratio(6, null)).toBeNull();
		expect(ratio(6, 0)).toBeNull();
	});
});

describe('formatting', () => {
	it('shows large values whole with thousands separators, small ones with decimals', () => {
		expect(formatNumber(1234.6)).toBe('1,235');
		expect(formatNumber(250)).toBe('250');
		expect(formatNumber(12.34)).toBe('12.3');
		expect(formatNumber(1.234)).toBe('1.23');
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(5000)).toBe('5,000');
		expect(formatNumber(null)).toBe('—');
	});
	it('writes ratios as multiples', () => {
		expect(formatRatio(1.2)).toBe('1.20×');
		expect(formatRatio(null)).toBe('—');
	});
	it('gives counts no ratio', () => {
		expect(rowCells(row({ ratio: false, label: 'lost', unit: '' }))).toEqual([
			'lost',
			'4',
			'—',
			'6',
			'—',
			'—'
		]);
		expect(rowCells(row({ bareDurable: 3 })).slice(4)).toEqual(['1.50×', '2.00×']);
	});
});

describe('renderTable', () => {
	const text = renderTable([
		{ section: 'Fan-out' },
		row(),
		row({ label: 'a much longer figure name', forsta: 12_345 })
	]);
	const lines = text.split('\n');

	it('has a header, a rule, the section on its own line and one line per figure', () => {
		expect(lines[0]).toMatch(/^figure\s+bare\s+bare\+commit\s+Forstå\s+Forstå÷bare/);
		expect(lines[1]).toMatch(/^─+$/);
		expect(lines.slice(2, 4)).toEqual(['', 'Fan-out']);
		expect(lines).toHaveLength(6);
	});

	it('right-aligns each figure column', () => {
		const forstaEnd = lines[0]!.indexOf('Forstå') + 'Forstå'.length;
		expect(lines[4]!.slice(0, forstaEnd).endsWith(' 6')).toBe(true);
		expect(lines[5]!.slice(0, forstaEnd).endsWith('12,345')).toBe(true);
		expect(lines[5]).toContain('3086.25×');
	});
});
