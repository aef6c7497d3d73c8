/** One `Range: bytes=…` request header, as browsers send it to wind a film on. */
export type ByteRange = { start: number; end: number };

/**
 * The range asked for within a file of `size` bytes; null for the whole file (no header, or a
 * form we do not serve, such as several ranges); 'unsatisfiable' when it lies past the end.
 */
export function byteRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
	if (!match || (match[1] === '' && match[2] === '')) return null;
	if (match[1] === '') {
		// The last N bytes.
		const suffix = Number(match[2]);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(match[1]);
	const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}
