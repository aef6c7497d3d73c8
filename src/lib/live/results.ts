/** Aggregates of answers. Pure: the store hands in the values, this turns them into results. */
import type { ScaleResults } from '../protocol';

export function scaleResults(
	questionId: string,
	min: number,
	max: number,
	values: number[]
): ScaleResults {
	const counts = Array.from({ length: max - min + 1 }, () => 0);
	for (const value of values) {
		if (value >= min && value <= max) counts[value - min]! += 1;
	}
	const total = counts.reduce((sum, n) => sum + n, 0);
	return { questionId, type: 'scale', total, min, counts, median: median(counts, min, total) };
}

/** The median of the counted values; halfway between the two middle values for an even total. */
function median(counts: number[], min: number, total: number): number | null {
	if (total === 0) return null;
	const valueAt = (rank: number) => {
		let seen = 0;
		for (let i = 0; i < counts.length; i++) {
			seen += counts[i]!;
			if (seen > rank) return min + i;
		}
		return min + counts.length - 1;
	};
	const lower = valueAt(Math.floor((total - 1) / 2));
	const upper = valueAt(Math.floor(total / 2));
	return (lower + upper) / 2;
}
