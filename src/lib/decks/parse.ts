/**
 * Deck files are written by physiotherapists, not programmers, so every error names the file, the
 * line and what was expected, and parsing collects all errors instead of stopping at the first.
 * Pure: takes the file's bytes, returns a deck or errors.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { plainText, renderMarkdown } from './render';
import {
	frontmatterSchema,
	questionSchema,
	redFlagConditions,
	slideAttributesSchema,
	type Deck,
	type DeckError,
	type Frontmatter,
	type Question,
	type Slide
} from './schema';

export type ParseResult = { ok: true; deck: Deck } | { ok: false; errors: DeckError[] };

const BLOCKS = ['notes', 'prompt', 'safety', 'glossary', 'question'] as const;
/** An unknown block is reported once and skipped up to its closing line. */
type BlockName = (typeof BLOCKS)[number] | 'unknown';
type Block = { name: BlockName; line: number; lines: { text: string; line: number }[] };
type RawSlide = {
	title: string;
	line: number;
	attributes: Map<string, { value: string; line: number }>;
	body: string[];
	blocks: Block[];
};

const ATTRIBUTE = /^([a-z][a-z-]*):\s*(.*)$/;

export function parseDeck(file: string, source: Uint8Array | string): ParseResult {
	const errors: DeckError[] = [];
	const fail = (line: number, message: string) => errors.push({ file, line, message });

	const text =
		typeof source === 'string'
			? source
			: decodeUtf8(source, (line) => fail(line, 'the file is not valid UTF-8 (save it as UTF-8)'));
	if (text === null) return { ok: false, errors };

	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const front = readFrontmatter(lines, fail);
	const rawSlides = front.endLine === null ? [] : readSlides(lines, front.endLine, fail);
	const slides = rawSlides.map((raw) => buildSlide(raw, fail)).filter((s): s is Slide => !!s);

	checkUnique(
		slides.map((s) => ({ id: s.id, line: s.line })),
		'slide',
		fail
	);
	checkUnique(
		slides.flatMap((s) => s.questions.map((q) => ({ id: q.id, line: q.line }))),
		'question',
		fail
	);
	if (front.endLine !== null && rawSlides.length === 0) {
		fail(front.endLine + 1, 'expected at least one slide starting with "## Title"');
	}
	if (front.data && front.endLine !== null)
		checkRedFlags(front.data, slides, (key) => frontmatterLine(lines, front.endLine!, key), fail);
	if (errors.length > 0 || !front.data) {
		errors.sort((a, b) => a.line - b.line);
		return { ok: false, errors };
	}
	const id = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
	const redFlags = front.data['red-flags'] === 'required';
	for (const block of slides.flatMap((s) => s.safety)) block.redFlag = redFlags;
	return { ok: true, deck: { ...front.data, id, file, slides } };
}

function decodeUtf8(bytes: Uint8Array, fail: (line: number) => void): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		let line = 1;
		let start = 0;
		for (let i = 0; i <= bytes.length; i++) {
			if (i === bytes.length || bytes[i] === 0x0a) {
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
				} catch {
					fail(line);
					return null;
				}
				line++;
				start = i + 1;
			}
		}
		fail(1);
		return null;
	}
}

type Fail = (line: number, message: string) => void;

type FrontmatterResult = { data: Frontmatter | null; endLine: number | null };

/** `endLine` is where the slides may start; null when the block's end cannot be told. */
function readFrontmatter(lines: string[], fail: Fail): FrontmatterResult {
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
function frontmatterLine(lines: string[], end: number, key: string): number {
	const at = key ? lines.findIndex((l, i) => i < end && l.startsWith(`${key}:`)) : -1;
	return at >= 0 ? at + 1 : 1;
}

/**
 * Safety is part of the format: a deck for a condition with red flags must say it carries them,
 * and a deck that says so must have them, or it is refused like any other broken deck.
 */
function checkRedFlags(
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

function readSlides(lines: string[], from: number, fail: Fail): RawSlide[] {
	const slides: RawSlide[] = [];
	let slide: RawSlide | null = null;
	let block: Block | null = null;
	let inAttributes = false;

	for (let i = from; i < lines.length; i++) {
		const text = lines[i] ?? '';
		const line = i + 1;
		const trimmed = text.trim();

		if (block) {
			if (trimmed === ':::') {
				if (block.name !== 'unknown') slide?.blocks.push(block);
				block = null;
			} else if (trimmed.startsWith(':::')) {
				fail(
					line,
					`a block cannot start inside the ":::${block.name}" block opened on line ${block.line}; close it with ":::" first`
				);
			} else if (text.startsWith('## ')) {
				fail(block.line, `the ":::${block.name}" block is not closed with a ":::" line`);
				block = null;
				i--;
			} else {
				block.lines.push({ text, line });
			}
			continue;
		}
		if (text.startsWith('## ')) {
			slide = { title: text.slice(3).trim(), line, attributes: new Map(), body: [], blocks: [] };
			slides.push(slide);
			inAttributes = true;
			continue;
		}
		if (!slide) {
			if (trimmed !== '') fail(line, 'expected a slide heading "## Title" before any slide text');
			continue;
		}
		if (inAttributes) {
			// Formatters and editors often put a blank line after a heading: allow it.
			if (trimmed === '') {
				if (slide.attributes.size > 0) inAttributes = false;
				continue;
			}
			const match = ATTRIBUTE.exec(trimmed);
			if (match && !trimmed.startsWith(':::')) {
				slide.attributes.set(match[1]!, { value: match[2]!.trim(), line });
				continue;
			}
			inAttributes = false;
		}
		if (trimmed.startsWith(':::')) {
			const name = trimmed.slice(3).trim();
			if (name === '') fail(line, 'a ":::" closing line without an open block');
			else if (!(BLOCKS as readonly string[]).includes(name)) {
				fail(
					line,
					`unknown block ":::${name}"; expected one of ${BLOCKS.map((b) => ':::' + b).join(', ')}`
				);
				block = { name: 'unknown', line, lines: [] };
			} else block = { name: name as BlockName, line, lines: [] };
			continue;
		}
		slide.body.push(text);
	}
	if (block && block.name !== 'unknown') {
		fail(block.line, `the ":::${block.name}" block is not closed with a ":::" line`);
	}
	return slides;
}

function buildSlide(raw: RawSlide, fail: Fail): Slide | null {
	if (raw.title === '') fail(raw.line, 'the slide heading needs a title after "## "');
	const attributes = Object.fromEntries([...raw.attributes].map(([k, v]) => [k, v.value]));
	const parsed = slideAttributesSchema.safeParse(attributes);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			fail(
				raw.attributes.get(issueKey(issue))?.line ?? raw.line,
				`slide "${raw.title}": ${describeIssue(issue, attributes)}`
			);
		}
	}
	const questions: Question[] = [];
	const prompts: string[] = [];
	const notes: string[] = [];
	const safety: Slide['safety'] = [];
	const glossary: Slide['glossary'] = [];
	for (const block of raw.blocks) {
		const content = block.lines
			.map((l) => l.text)
			.join('\n')
			.trim();
		if (block.name !== 'question' && content === '') {
			fail(block.line, `the ":::${block.name}" block is empty`);
			continue;
		}
		if (block.name === 'notes') notes.push(content);
		else if (block.name === 'prompt') prompts.push(plainText(content));
		else if (block.name === 'safety')
			safety.push({ html: renderMarkdown(content), text: plainText(content), redFlag: false });
		else if (block.name === 'glossary') {
			const [first, ...rest] = block.lines;
			const term = /^term:\s*(.+)$/.exec(first?.text.trim() ?? '');
			if (!term) fail(first?.line ?? block.line, 'a glossary block starts with "term: …"');
			else
				glossary.push({
					term: term[1]!.trim(),
					html: renderMarkdown(rest.map((l) => l.text).join('\n'))
				});
		} else {
			const question = buildQuestion(block, fail);
			if (question) questions.push(question);
		}
	}
	if (!parsed.success || raw.title === '') return null;
	const body = raw.body.join('\n').trim();
	return {
		...parsed.data,
		title: raw.title,
		line: raw.line,
		html: renderMarkdown(body),
		text: plainText(body),
		safety,
		notesHtml: renderMarkdown(notes.join('\n\n')),
		prompts,
		glossary,
		questions
	};
}

function buildQuestion(block: Block, fail: Fail): Question | null {
	const attributes: Record<string, string> = {};
	const attributeLines = new Map<string, number>();
	const textLines: string[] = [];
	const options: string[] = [];
	let inAttributes = true;
	for (const { text, line } of block.lines) {
		const trimmed = text.trim();
		if (inAttributes) {
			if (trimmed === '') {
				if (Object.keys(attributes).length > 0) inAttributes = false;
				continue;
			}
			const match = ATTRIBUTE.exec(trimmed);
			if (match) {
				attributes[match[1]!] = match[2]!.trim();
				attributeLines.set(match[1]!, line);
				continue;
			}
			inAttributes = false;
		}
		if (/^[-*]\s+/.test(trimmed)) options.push(trimmed.replace(/^[-*]\s+/, ''));
		else if (trimmed !== '') textLines.push(trimmed);
	}
	const candidate = { ...attributes, text: textLines.join(' '), options, line: block.line };
	if (!attributes.type) {
		fail(
			block.line,
			'a question needs "type: …" (scale, agree5, single, multiple, myth-fact, open-text, word-cloud, goal, activity-rating or questionnaire)'
		);
		return null;
	}
	const parsed = questionSchema.safeParse(candidate);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			fail(
				attributeLines.get(issueKey(issue)) ?? block.line,
				`question${attributes.id ? ` "${attributes.id}"` : ''}: ${describeIssue(issue, candidate)}`
			);
		}
		return null;
	}
	return parsed.data;
}

function checkUnique(items: { id: string; line: number }[], kind: string, fail: Fail) {
	const seen = new Map<string, number>();
	for (const { id, line } of items) {
		const first = seen.get(id);
		if (first !== undefined)
			fail(line, `duplicate ${kind} id "${id}" (first used on line ${first})`);
		else seen.set(id, line);
	}
}

/** The field an issue is about; an unknown field is named in `keys`, not in `path`. */
function issueKey(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return issue.keys[0] ?? '';
	return String(issue.path[0] ?? '');
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
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
