/**
 * Copied wording, found without keeping the sources' text: a source is reduced to hashes of its
 * seven-word runs, and a deck line that yields one of those hashes shares a phrase with it.
 */
import { createHash } from 'node:crypto';

export const RUN = 7;

export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

export function runs(list: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i + RUN <= list.length; i++) out.push(list.slice(i, i + RUN).join(' '));
	return out;
}

export function fingerprint(run: string): string {
	return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

export function fingerprints(text: string): string[] {
	return [...new Set(runs(words(text)).map(fingerprint))].sort();
}

/** Every `file:line: run` of `text` whose run is among the source fingerprints. */
export function copiedRuns(file: string, text: string, source: ReadonlySet<string>): string[] {
	return text.split('\n').flatMap((line, i) =>
		runs(words(line))
			.filter((run) => source.has(fingerprint(run)))
			.map((run) => `${file}:${i + 1}: ${run}`)
	);
}
