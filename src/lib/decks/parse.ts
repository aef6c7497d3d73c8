/**
 * Deck files are written by physiotherapists, not programmers, so every error names the file, the
 * line and what was expected, and parsing collects all errors instead of stopping at the first.
 * Pure: takes the file's bytes, returns a deck or errors.
 */
import { readSlides } from './blocks';
import { buildSlide } from './build';
import { checkInQuestions } from './checkIn';
import { checkRedFlags, frontmatterLine, readFrontmatter } from './frontmatter';
import type { Fail } from './issues';
import type { Deck, DeckError, Slide } from './schema';

export type ParseResult = { ok: true; deck: Deck } | { ok: false; errors: DeckError[] };

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
	// An exercise's check-in is asked in the deck's language, as questions of its slide.
	for (const slide of slides)
		if (slide.exercise)
			slide.questions.push(...checkInQuestions(slide.exercise, front.data?.language ?? 'da'));

	checkUnique(
		slides.map((s) => ({ id: s.id, line: s.line })),
		'slide',
		fail
	);
	checkUnique(
		slides.flatMap((s) => (s.exercise ? [{ id: s.exercise.id, line: s.exercise.line }] : [])),
		'exercise',
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

function checkUnique(items: { id: string; line: number }[], kind: string, fail: Fail) {
	const seen = new Map<string, number>();
	for (const { id, line } of items) {
		const first = seen.get(id);
		if (first !== undefined)
			fail(line, `duplicate ${kind} id "${id}" (first used on line ${first})`);
		else seen.set(id, line);
	}
}
