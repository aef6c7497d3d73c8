/** The block between the two `---` lines: what the deck is about, for whom, from which sources. */
import { parseDocument } from 'yaml';
import { describeIssue, issueKey, type Fail } from './issues';
import { frontmatterSchema, redFlagConditions, type Frontmatter, type Slide } from './schema';

type FrontmatterResult = { data: Frontmatter | null; endLine: number | null };

/** `endLine` is where the slides may start; null when the block's end cannot be told. */
export function readFrontmatter(lines: string[], fail: Fail): FrontmatterResult {
	if (lines[0]?.trim() !== '---') {
		fail(1, 'expected the file to start with a frontmatter block between two "---" lines');
		return { data: null, endLine: null };
	}
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		fail(1, 'the frontmatter block is not closed with a "---" line');
		return { data: null, endLine: null };
	}
	const doc = parseDocument(lines.slice(1, end).join('\n'));
	if (doc.errors.length > 0) {
		for (const e of doc.errors) {
			fail(1 + (e.linePos?.[0]?.line ?? 1), `frontmatter: ${e.message.split('\n')[0]}`);
		}
		return { data: null, endLine: end + 1 };
	}
	const raw: unknown = doc.toJS() ?? {};
	const parsed = frontmatterSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			fail(
				frontmatterLine(lines, end, issueKey(issue)),
				`frontmatter: ${describeIssue(issue, raw)}`
			);
		}
		return { data: null, endLine: end + 1 };
	}
	return { data: parsed.data, endLine: end + 1 };
}

/** The line of a frontmatter field, or the file's first line when the field is not there. */
export function frontmatterLine(lines: string[], end: number, key: string): number {
	const at = key ? lines.findIndex((l, i) => i < end && l.startsWith(`${key}:`)) : -1;
	return at >= 0 ? at + 1 : 1;
}

/**
 * Safety is part of the format: a deck for a condition with red flags must say it carries them,
 * and a deck that says so must have them, or it is refused like any other broken deck.
 */
export function checkRedFlags(
	front: Frontmatter,
	slides: Slide[],
	lineOf: (key: string) => number,
	fail: Fail
): void {
	const required = front['red-flags'] === 'required';
	if (redFlagConditions.includes(front.condition) && !required)
		fail(
			lineOf('condition'),
			`frontmatter: a "${front.condition}" deck must declare "red-flags: required" (the source lists red flags for this condition)`
		);
	if (required && !slides.some((s) => s.safety.length > 0))
		fail(
			lineOf('red-flags'),
			'the deck declares "red-flags: required" but has no ":::safety" block; put the red flags in a ":::safety" block on a slide'
		);
}
