/**
 * The questionnaires in use: every FULL deck measures the pain profile early, closes with the
 * activity diary as the home task and has the participant rate an own activity where it talks
 * about self-management; a PIXI deck rates an own activity. The items have one copy, in
 * questions/library.ts: a deck names the questionnaire and never repeats its wording.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck, Question, Slide } from '../../src/lib/decks/schema';
import {
	activityDiary,
	baselinePainProfile,
	questionnaires
} from '../../src/lib/questions/library';

const dir = 'sessions';
const decks = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const raw = readFileSync(join(dir, f), 'utf8');
		const result = parseDeck(join(dir, f), raw);
		if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
		return { deck: result.deck, raw };
	});
const full = decks.filter(({ deck }) => deck.variant === 'FULL');
const pixi = decks.filter(({ deck }) => deck.variant === 'PIXI');

type Shipped = typeof baselinePainProfile;
const isShipped = (q: Question, shipped: Shipped) =>
	q.type === 'questionnaire' &&
	JSON.stringify(q.options) === JSON.stringify(shipped.options) &&
	q['min-label'] === shipped['min-label'] &&
	q['max-label'] === shipped['max-label'];

/** The positions (from 0) of the slides that ask a question matching `test`. */
function where(deck: Deck, test: (q: Question) => boolean): number[] {
	return deck.slides.flatMap((s, i) => (s.questions.some(test) ? [i] : []));
}

const tracedToActivityTypes = (slide: Slide) =>
	/004 › Generelle værktøjer › Aktivitetstyper/.test(`${slide.source} ${slide.notesHtml}`);

it('finds the five FULL decks and the five PIXI decks', () => {
	expect(full).toHaveLength(5);
	expect(pixi).toHaveLength(5);
});

describe.each(full.map((d) => [d.deck.id, d] as const))('%s', (_id, { deck, raw }) => {
	const slides = deck.slides;

	it('asks the baseline pain profile once, in the first third of its slides', () => {
		const at = where(deck, (q) => isShipped(q, baselinePainProfile));
		expect(at).toHaveLength(1);
		expect(at[0]!).toBeGreaterThan(0);
		expect(at[0]!).toBeLessThan(slides.length / 3);
		const slide = slides[at[0]!]!;
		expect(slide.questions.find((q) => q.type === 'questionnaire')?.text).toBe(
			baselinePainProfile.text
		);
		expect(tracedToActivityTypes(slide)).toBe(true);
		expect(slide.source).toMatch(/spørgeskemaer/);
	});

	it('closes with the activity diary as the home task, on one of its last two slides', () => {
		const at = where(deck, (q) => isShipped(q, activityDiary));
		expect(at).toHaveLength(1);
		expect(at[0]!).toBeGreaterThanOrEqual(slides.length - 2);
		const slide = slides[at[0]!]!;
		expect(slide.topic).toBe('closing');
		expect(`${slide.title} ${slide.text}`).toMatch(/hjemme/i);
		expect(slide.text).toMatch(/hver aften|hver dag/i);
		expect(tracedToActivityTypes(slide)).toBe(true);
	});

	it('rates an own activity in its self-management part, traced to its sources', () => {
		const at = where(deck, (q) => q.type === 'activity-rating');
		expect(at.length).toBeGreaterThanOrEqual(1);
		for (const i of at) {
			const slide = slides[i]!;
			expect(slide.topic, slide.id).toBe('self-management');
			expect(slide.source, slide.id).toMatch(/Egenhåndtering|Take home messages|Stærk/);
			expect(tracedToActivityTypes(slide), slide.id).toBe(true);
		}
	});

	it('names the questionnaires and never writes their items', () => {
		expect(raw).toMatch(/^template: baseline$/m);
		expect(raw).toMatch(/^template: diary$/m);
		for (const item of [...baselinePainProfile.options, ...activityDiary.options])
			expect(raw).not.toContain(item);
	});
});

describe.each(pixi.map((d) => [d.deck.id, d] as const))('%s', (_id, { deck }) => {
	it('rates an own activity in its self-management part, traced to its sources', () => {
		const rated = deck.slides.filter((s) => s.questions.some((q) => q.type === 'activity-rating'));
		expect(rated.length).toBeGreaterThanOrEqual(1);
		for (const slide of rated) {
			expect(slide.topic, slide.id).toBe('self-management');
			expect(tracedToActivityTypes(slide), slide.id).toBe(true);
		}
	});
});

describe('every questionnaire in the shipped decks', () => {
	const all = decks.flatMap(({ deck }) =>
		deck.slides.flatMap((s) => s.questions.filter((q) => q.type === 'questionnaire'))
	);

	it('is one of the questionnaires Forstå ships, item for item', () => {
		expect(all.length).toBeGreaterThanOrEqual(full.length * 2);
		for (const q of all)
			expect(
				Object.values(questionnaires).some((shipped) => isShipped(q, shipped)),
				q.id
			).toBe(true);
	});
});
