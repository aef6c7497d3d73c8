/** The printed comparison: one row per figure, the servers side by side, Forstå's ratio to each. */

export type Cell = number | null;
export type Row = {
	label: string;
	unit: string;
	bare: Cell;
	/** The bare server with one SQLite commit per answer; only the answer figures have it. */
	bareDurable: Cell;
	forsta: Cell;
	/** Counts (answers lost, phones resynced) are read as they are; a ratio of them means nothing. */
	ratio: boolean;
};
export type Line = Row | { section: string };

/** Forstå's figure over the reference's; none when either is missing or the reference is zero. */
export function ratio(forsta: Cell, reference: Cell): Cell {
	if (forsta === null || reference === null || reference <= 0) return null;
	return forsta / reference;
}

export function formatNumber(value: Cell): string {
	if (value === null) return '—';
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	if (abs >= 100 || Number.isInteger(value)) {
		return Math.round(value)
			.toString()
			.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	}
	return value.toFixed(abs >= 10 ? 1 : 2);
}

export function formatRatio(value: Cell): string {
	return value === null ? '—' : `${value.toFixed(2)}×`;
}

const headers = ['figure', 'bare', 'bare+commit', 'Forstå', 'Forstå÷bare', 'Forstå÷bare+commit'];

export function rowCells(row: Row): string[] {
	return [
		row.unit ? `${row.label} (${row.unit})` : row.label,
		formatNumber(row.bare),
		formatNumber(row.bareDurable),
		formatNumber(row.forsta),
		row.ratio ? formatRatio(ratio(row.forsta, row.bare)) : '—',
		row.ratio ? formatRatio(ratio(row.forsta, row.bareDurable)) : '—'
	];
}

/** A plain-text table: the label column left-aligned, the figures right-aligned. */
export function renderTable(lines: readonly Line[]): string {
	const cells = lines.map((line) => ('section' in line ? null : rowCells(line)));
	const widths = headers.map((header, column) =>
		Math.max(header.length, ...cells.map((row) => row?.[column]?.length ?? 0))
	);
	const render = (row: string[]) =>
		row
			.map((cell, column) =>
				column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
			)
			.join('  ')
			.trimEnd();
	const rule = '─'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
	const out = [render(headers), rule];
	lines.forEach((line, i) => {
		if ('section' in line) out.push('', line.section);
		else out.push(render(cells[i]!));
	});
	return out.join('\n');
}
