/**
 * The block scanner: splits the slides part of a deck into slides (`## Title`), their attribute
 * lines and their `:::name` … `:::` blocks, reporting every block left open or opened inside another.
 */
import type { Fail } from './issues';

const BLOCKS = ['notes', 'prompt', 'safety', 'glossary', 'question', 'media', 'exercise'] as const;
/** An unknown block is reported once and skipped up to its closing line. */
type BlockName = (typeof BLOCKS)[number] | 'unknown';
export type Block = { name: BlockName; line: number; lines: { text: string; line: number }[] };
export type RawSlide = {
	title: string;
	line: number;
	attributes: Map<string, { value: string; line: number }>;
	body: string[];
	blocks: Block[];
};

/** `name: value`, the form of a slide's and a question's attributes. */
export const ATTRIBUTE = /^([a-z][a-z-]*):\s*(.*)$/;

export function readSlides(lines: string[], from: number, fail: Fail): RawSlide[] {
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
