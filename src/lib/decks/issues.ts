/** Deck errors in the words of the person who wrote the deck: which field, what was expected. */
import type { z } from 'zod';

/** Records an error at a line of the file; parsing goes on to find the others. */
export type Fail = (line: number, message: string) => void;

/** The field an issue is about; an unknown field is named in `keys`, not in `path`. */
export function issueKey(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return issue.keys[0] ?? '';
	return String(issue.path[0] ?? '');
}

export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const key = issue.path.map(String).join('.');
	const given =
		typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
	if (issue.code === 'unrecognized_keys')
		return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (key && issue.code !== 'custom' && given[issue.path[0] as string] === undefined) {
		return `missing "${key}"`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue)
		return `"${key}" must be one of ${issue.values.join(', ')}`;
	if (issue.code === 'invalid_union') return `"${key}" is not a known question type`;
	return key ? `"${key}": ${issue.message}` : issue.message;
}
