/** Percentiles and summaries of latency samples, the same way for every server and phase. */

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

/**
 * Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it.
 * It is always one of the measured values, never an interpolation between two.
 */
export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is between 0 and 100, not ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}

export function summarize(values: readonly number[]): Summary | null {
	if (values.length === 0) return null;
	return {
		count: values.length,
		p50: percentile(values, 50)!,
		p95: percentile(values, 95)!,
		p99: percentile(values, 99)!,
		max: Math.max(...values)
	};
}
