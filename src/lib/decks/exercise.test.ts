import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse';
import { parseDuration, totalMs } from './exercise';
import { deckStats } from './stats';

const FILE = 'sessions/exercise.md';
const lines = (...ls: string[]) => ls.join('\n');
/** Lines 1–14: frontmatter and a slide; the exercise block opens on line 16. */
const HEAD = [
	'---',
	'condition: low-back-pain',
	'variant: FULL',
	'title: Test',
	'language: da',
	'sources:',
	"  - 'Kilde 1'",
	'---',
	'## Øvelse',
	'id: s1',
	'topic: self-management',
	'source: 004 › Aktivitetstyper',
	'',
	'Vi prøver.',
	''
];
const exercise = (...body: string[]) => lines(...HEAD, ':::exercise', ...body, ':::');
const STEPS = ['', '1. Sid godt.', '2. Træk vejret.'];

describe('the :::exercise block', () => {
	it('parses name, steps, notes, duration, pace and check-in', () => {
		const result = parseDeck(
			FILE,
			exercise(
				'id: ro',
				'name: Ro på',
				'duration: 1 min 30 s',
				'pace: 4/6',
				'check-in: yes',
				'alert-at: 7',
				...STEPS,
				'',
				'Kan også gøres liggende.'
			)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const slide = result.deck.slides[0]!;
		expect(slide.exercise).toMatchObject({
			id: 'ro',
			name: 'Ro på',
			line: 16,
			steps: ['Sid godt.', 'Træk vejret.'],
			timing: { kind: 'duration', ms: 90_000 },
			pace: { inS: 4, outS: 6 },
			checkIn: { alertAt: 7, alertAdvice: null }
		});
		expect(slide.exercise!.notesHtml).toContain('liggende');
		expect(slide.questions.map((q) => q.id)).toEqual([
			'ro-done',
			'ro-pain',
			'ro-eased',
			'ro-words'
		]);
		expect(slide.questions[1]).toMatchObject({ type: 'scale', 'alert-at': 7, min: 0, max: 10 });
		expect(slide.questions[0]).toMatchObject({ options: ['Ja', 'Delvist', 'Nej'] });
		expect(deckStats(result.deck).exercises).toBe(1);
	});

	it('parses work, rest and rounds without a check-in', () => {
		const result = parseDeck(
			FILE,
			exercise('id: rejs', 'name: Rejs dig', 'work: 30 s', 'rest: 15 s', 'rounds: 3', ...STEPS)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const timing = result.deck.slides[0]!.exercise!.timing;
		expect(timing).toEqual({ kind: 'interval', workMs: 30_000, restMs: 15_000, rounds: 3 });
		expect(totalMs(timing)).toBe(3 * 30_000 + 2 * 15_000);
		expect(result.deck.slides[0]!.questions).toEqual([]);
	});

	it.each([
		['90 s', 90_000],
		['2 min', 120_000],
		['1 min 30 s', 90_000],
		['45 sek', 45_000],
		['two minutes', null],
		['', null],
		['5', null]
	])('reads the time %j as %j ms', (text, ms) => {
		expect(parseDuration(text)).toBe(ms);
	});

	type Case = { name: string; body: string[]; line: number; message: string };
	const cases: Case[] = [
		{
			name: 'an exercise without steps',
			body: ['id: ro', 'name: Ro', 'duration: 2 min', '', 'Kun noter.'],
			line: 16,
			message: 'exercise "ro": needs at least one step'
		},
		{
			name: 'a bad duration',
			body: ['id: ro', 'name: Ro', 'duration: to minutter', ...STEPS],
			line: 19,
			message: '"to minutter" is not a time'
		},
		{
			name: 'a duration too long',
			body: ['id: ro', 'name: Ro', 'duration: 90 min', ...STEPS],
			line: 19,
			message: 'between 5 s and 60 min'
		},
		{
			name: 'work without rounds',
			body: ['id: ro', 'name: Ro', 'work: 30 s', ...STEPS],
			line: 19,
			message: '"work" needs "rounds"'
		},
		{
			name: 'both duration and work',
			body: ['id: ro', 'name: Ro', 'duration: 1 min', 'work: 30 s', 'rounds: 2', ...STEPS],
			line: 19,
			message: 'either "duration" or "work"'
		},
		{
			name: 'no time at all',
			body: ['id: ro', 'name: Ro', ...STEPS],
			line: 16,
			message: 'needs a time'
		},
		{
			name: 'a pace that is not in/out seconds',
			body: ['id: ro', 'name: Ro', 'duration: 1 min', 'pace: slow', ...STEPS],
			line: 20,
			message: '"slow" is not a breathing pace'
		},
		{
			name: 'an unknown key',
			body: ['id: ro', 'name: Ro', 'duration: 1 min', 'colour: blue', ...STEPS],
			line: 20,
			message: 'unknown field "colour"'
		},
		{
			name: 'alert-at without a check-in',
			body: ['id: ro', 'name: Ro', 'duration: 1 min', 'alert-at: 7', ...STEPS],
			line: 20,
			message: 'need "check-in: yes"'
		},
		{
			name: 'a missing name',
			body: ['id: ro', 'duration: 1 min', ...STEPS],
			line: 16,
			message: 'missing "name"'
		}
	];

	it.each(cases)('refuses $name with file:line, once', ({ body, line, message }) => {
		const result = parseDeck(FILE, exercise(...body));
		if (result.ok) throw new Error('expected errors');
		expect(result.errors).toEqual([
			{ file: FILE, line, message: expect.stringContaining(message) }
		]);
	});

	it('refuses two exercises on one slide and a repeated exercise id', () => {
		const block = [':::exercise', 'id: ro', 'name: Ro', 'duration: 1 min', ...STEPS, ':::'];
		const result = parseDeck(FILE, lines(...HEAD, ...block, '', ...block));
		if (result.ok) throw new Error('expected errors');
		expect(result.errors.map((e) => e.message)).toContainEqual(
			expect.stringContaining('more than one ":::exercise" block')
		);
	});
});

describe('the deck format documentation', () => {
	it('has an exercise example that parses', () => {
		const doc = readFileSync('docs/deck-format.md', 'utf8');
		const example = [...doc.matchAll(/```markdown\n([\s\S]*?)\n```/g)]
			.map((m) => m[1]!)
			.find((text) => text.includes(':::exercise'));
		expect(example).toBeDefined();
		const result = parseDeck('docs/deck-format.md', example!);
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		const withExercise = result.deck.slides.filter((s) => s.exercise);
		expect(withExercise).toHaveLength(1);
		expect(withExercise[0]!.exercise!.checkIn).not.toBeNull();
		expect(withExercise[0]!.exercise!.pace).not.toBeNull();
	});
});
