import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityDiary, baselinePainProfile } from '../questions/library';
import { parseDeck, type ParseResult } from './parse';
import { formatDeckError, type Deck, type DeckError } from './schema';

const lines = (...ls: string[]) => ls.join('\n');

function expectDeck(result: ParseResult): Deck {
	if (!result.ok) throw new Error(`expected a deck, got errors: ${JSON.stringify(result.errors)}`);
	return result.deck;
}

function expectErrors(result: ParseResult): DeckError[] {
	if (result.ok) throw new Error('expected errors, got a deck');
	return result.errors;
}

describe('parseDeck: a valid deck', () => {
	// Line numbers matter below: line 1 is "---".
	const source = lines(
		/*  1 */ '---',
		/*  2 */ 'condition: low-back-pain',
		/*  3 */ 'variant: PIXI',
		/*  4 */ 'title: Testforløb',
		/*  5 */ 'language: da',
		/*  6 */ 'sources:',
		/*  7 */ "  - '004: Testkilde'",
		/*  8 */ "  - '005: Anden kilde'",
		/*  9 */ '---',
		/* 10 */ '',
		/* 11 */ '## Velkommen',
		/* 12 */ 'id: velkommen',
		/* 13 */ 'topic: intro',
		/* 14 */ 'source: 004 › Test › Velkommen',
		/* 15 */ '',
		/* 16 */ 'Hej med **dig**.',
		/* 17 */ '',
		/* 18 */ '- Punkt et',
		/* 19 */ '- Punkt to',
		/* 20 */ '',
		/* 21 */ ':::notes',
		/* 22 */ 'Byd velkommen til holdet.',
		/* 23 */ ':::',
		/* 24 */ '',
		/* 25 */ ':::prompt',
		/* 26 */ 'Hvad vil du gerne vide?',
		/* 27 */ ':::',
		/* 28 */ '',
		/* 29 */ ':::question',
		/* 30 */ 'id: smerte',
		/* 31 */ 'type: scale',
		/* 32 */ 'min-label: Ingen smerte',
		/* 33 */ 'max-label: Værst tænkelige smerte',
		/* 34 */ 'alert-at: 8',
		/* 35 */ '',
		/* 36 */ 'Hvor ondt gør det lige nu?',
		/* 37 */ ':::',
		/* 38 */ '',
		/* 39 */ '## Røde flag',
		/* 40 */ 'id: roede-flag',
		/* 41 */ 'topic: knowledge',
		/* 42 */ 'source: 004 › Test › Røde flag',
		/* 43 */ '',
		/* 44 */ 'Før <script>alert(1)</script> efter.',
		/* 45 */ '',
		/* 46 */ 'Se <img src="https://evil.example/x.png" onerror="alert(2)"> her.',
		/* 47 */ '',
		/* 48 */ '<script>',
		/* 49 */ 'document.cookie',
		/* 50 */ '</script>',
		/* 51 */ '',
		/* 52 */ 'Slut.',
		/* 53 */ '',
		/* 54 */ ':::safety',
		/* 55 */ 'Ring til lægen ved **feber**.',
		/* 56 */ ':::',
		/* 57 */ '',
		/* 58 */ ':::glossary',
		/* 59 */ 'term: Nerverod',
		/* 60 */ 'Den del af nerven, der går ud fra rygmarven.',
		/* 61 */ ':::',
		/* 62 */ '',
		/* 63 */ ':::question',
		/* 64 */ 'id: valg',
		/* 65 */ 'type: single',
		/* 66 */ '',
		/* 67 */ 'Hvad hjælper mest?',
		/* 68 */ '- Hvile',
		/* 69 */ '- Bevægelse',
		/* 70 */ '- Ved ikke',
		/* 71 */ ':::',
		/* 72 */ '',
		/* 73 */ '## Myter',
		/* 74 */ 'id: myter',
		/* 75 */ 'topic: closing',
		/* 76 */ 'source: 004 › Test › Myter',
		/* 77 */ '',
		/* 78 */ ':::question',
		/* 79 */ 'id: myte-hvile',
		/* 80 */ 'type: myth-fact',
		/* 81 */ 'answer: fact',
		/* 82 */ 'explanation: Bevægelse hjælper mere end hvile.',
		/* 83 */ '',
		/* 84 */ 'Når ryggen gør ondt, er bevægelse bedre end hvile.',
		/* 85 */ ':::',
		/* 86 */ ''
	);
	const deck = expectDeck(parseDeck('sessions/test-deck.md', source));

	it('reads the frontmatter and takes the deck id from the file name', () => {
		expect(deck).toMatchObject({
			id: 'test-deck',
			file: 'sessions/test-deck.md',
			condition: 'low-back-pain',
			variant: 'PIXI',
			title: 'Testforløb',
			language: 'da',
			sources: ['004: Testkilde', '005: Anden kilde']
		});
	});

	it('reads every slide with its attributes and heading line', () => {
		expect(
			deck.slides.map(({ id, title, topic, source, line }) => ({ id, title, topic, source, line }))
		).toEqual([
			{
				id: 'velkommen',
				title: 'Velkommen',
				topic: 'intro',
				source: '004 › Test › Velkommen',
				line: 11
			},
			{
				id: 'roede-flag',
				title: 'Røde flag',
				topic: 'knowledge',
				source: '004 › Test › Røde flag',
				line: 39
			},
			{ id: 'myter', title: 'Myter', topic: 'closing', source: '004 › Test › Myter', line: 73 }
		]);
	});

	it('renders the participant text, notes and prompts', () => {
		const [first] = deck.slides;
		expect(first!.html).toContain('<strong>dig</strong>');
		expect(first!.html).toContain('<li>Punkt et</li>');
		expect(first!.text).toContain('Hej med dig.');
		expect(first!.html).not.toContain('Byd velkommen');
		expect(first!.notesHtml).toContain('Byd velkommen til holdet.');
		expect(first!.prompts).toEqual(['Hvad vil du gerne vide?']);
		expect(first!.safety).toEqual([]);
		expect(first!.glossary).toEqual([]);
		expect(deck.slides[2]!.notesHtml).toBe('');
		expect(deck.slides[2]!.html).toBe('');
	});

	it('reads a scale question with default min 0 and max 10', () => {
		expect(deck.slides[0]!.questions).toEqual([
			{
				id: 'smerte',
				type: 'scale',
				text: 'Hvor ondt gør det lige nu?',
				min: 0,
				max: 10,
				'min-label': 'Ingen smerte',
				'max-label': 'Værst tænkelige smerte',
				'alert-at': 8,
				options: [],
				line: 29
			}
		]);
	});

	it('reads safety, glossary and a single-choice question with its options', () => {
		const slide = deck.slides[1]!;
		expect(slide.safety).toEqual([
			{
				html: '<p>Ring til lægen ved <strong>feber</strong>.</p>',
				text: 'Ring til lægen ved feber.',
				redFlag: false
			}
		]);
		expect(slide.glossary).toEqual([
			{ term: 'Nerverod', html: '<p>Den del af nerven, der går ud fra rygmarven.</p>' }
		]);
		expect(slide.questions).toEqual([
			{
				id: 'valg',
				type: 'single',
				text: 'Hvad hjælper mest?',
				options: ['Hvile', 'Bevægelse', 'Ved ikke'],
				line: 63
			}
		]);
	});

	it('reads a myth-fact question', () => {
		expect(deck.slides[2]!.questions).toEqual([
			{
				id: 'myte-hvile',
				type: 'myth-fact',
				answer: 'fact',
				explanation: 'Bevægelse hjælper mere end hvile.',
				text: 'Når ryggen gør ondt, er bevægelse bedre end hvile.',
				options: [],
				line: 78
			}
		]);
	});

	it('removes <script> and <img> from the slide html but keeps the text around them', () => {
		const { html, text } = deck.slides[1]!;
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toContain('alert(');
		expect(html).not.toContain('evil.example');
		expect(html).not.toContain('onerror');
		expect(html).not.toContain('document.cookie');
		expect(html).toContain('Før');
		expect(html).toContain('efter.');
		expect(html).toContain('Se');
		expect(html).toContain('her.');
		expect(html).toContain('<p>Slut.</p>');
		expect(text).not.toContain('alert(');
		expect(text).not.toContain('document.cookie');
	});

	it('accepts the same deck as bytes, with a byte-order mark and CRLF line endings', () => {
		const bytes = new TextEncoder().encode('\uFEFF' + source.replace(/\n/g, '\r\n'));
		const again = expectDeck(parseDeck('sessions/test-deck.md', bytes));
		expect(again).toEqual(deck);
	});
});

describe('parseDeck: the real decks', () => {
	it.each(['laenderyg-full.md', 'laenderyg-pixi.md'])('%s parses without errors', (name) => {
		const path = fileURLToPath(new URL(`../../../sessions/${name}`, import.meta.url));
		const result = parseDeck(name, readFileSync(path));
		expect(result.ok ? [] : result.errors).toEqual([]);
		const deck = expectDeck(result);
		expect(deck.id).toBe(name.replace(/\.md$/, ''));
		expect(deck.slides.length).toBeGreaterThan(0);
		const scales = deck.slides.flatMap((s) => s.questions).filter((q) => q.type === 'scale');
		expect(scales.length).toBeGreaterThanOrEqual(1);
		for (const slide of deck.slides) expect(slide.source.trim(), slide.id).not.toBe('');
	});
});

/** A FULL deck's frontmatter, lines 1–8. */
const FRONT = [
	'---',
	'condition: low-back-pain',
	'variant: FULL',
	'title: Test',
	'language: da',
	'sources:',
	"  - 'Kilde 1'",
	'---'
];

describe('parseDeck: malformed decks', () => {
	const FILE = 'sessions/broken.md';
	/** Six lines; after FRONT they are lines 9–14. */
	const slide = (id = 's1', title = 'Slide') => [
		`## ${title}`,
		`id: ${id}`,
		'topic: intro',
		'source: 004 › Test',
		'',
		'Text.'
	];

	type Case = { name: string; source: string; line: number; message: string };
	const cases: Case[] = [
		{
			name: 'missing frontmatter',
			source: lines(...slide()),
			line: 1,
			message: 'frontmatter'
		},
		{
			name: 'unclosed frontmatter',
			source: lines(...FRONT.slice(0, 7), ...slide()),
			line: 1,
			message: 'not closed'
		},
		{
			name: 'a missing required frontmatter field',
			source: lines(...FRONT.filter((l) => !l.startsWith('variant:')), ...slide()),
			line: 1,
			message: '"variant"'
		},
		{
			name: 'a bad enum value',
			source: lines(...FRONT.map((l) => l.replace('FULL', 'MEDIUM')), ...slide()),
			line: 3,
			message: '"variant" must be one of FULL, PIXI'
		},
		{
			name: 'an unknown frontmatter field',
			// line 8: author
			source: lines(...FRONT.slice(0, 7), 'author: x', '---', ...slide()),
			line: 8,
			message: 'unknown field "author"'
		},
		{
			name: 'an unknown block',
			// line 16: :::video
			source: lines(...FRONT, ...slide(), '', ':::video', 'https://example.com/v.mp4', ':::'),
			line: 16,
			message: 'unknown block ":::video"'
		},
		{
			name: 'an unclosed block at the end of the file',
			// line 16: :::notes
			source: lines(...FRONT, ...slide(), '', ':::notes', 'Husk at smile.'),
			line: 16,
			message: 'not closed'
		},
		{
			name: 'an unclosed block before the next slide',
			// line 16: :::prompt, line 19: next slide
			source: lines(...FRONT, ...slide(), '', ':::prompt', 'Spørg.', '', ...slide('s2', 'Two')),
			line: 16,
			message: 'not closed'
		},
		{
			name: 'a question without type',
			// line 16: :::question
			source: lines(...FRONT, ...slide(), '', ':::question', 'id: q1', '', 'Hvad?', ':::'),
			line: 16,
			message: 'needs "type'
		},
		{
			name: 'a single question without options',
			// line 16: :::question
			source: lines(
				...FRONT,
				...slide(),
				'',
				':::question',
				'id: q1',
				'type: single',
				'',
				'Hvad?',
				':::'
			),
			line: 16,
			message: 'at least two options'
		},
		{
			name: 'a scale with max ≤ min',
			// line 16: :::question (the min/max rule spans two attributes)
			source: lines(
				...FRONT,
				...slide(),
				'',
				':::question',
				'id: q1',
				'type: scale',
				'min: 5',
				'max: 5',
				'min-label: Lav',
				'max-label: Høj',
				'',
				'Hvordan?',
				':::'
			),
			line: 16,
			message: 'max must be above min'
		},
		{
			name: 'an unknown slide attribute',
			// line 13: colour
			source: lines(
				...FRONT,
				'## Slide',
				'id: s1',
				'topic: intro',
				'source: 004 › Test',
				'colour: red',
				'',
				'Text.'
			),
			line: 13,
			message: 'unknown field "colour"'
		},
		{
			name: 'an unknown question attribute',
			// line 16: :::question, line 19: colour
			source: lines(
				...FRONT,
				...slide(),
				'',
				':::question',
				'id: q1',
				'type: agree5',
				'colour: red',
				'',
				'Bevægelse hjælper.',
				':::'
			),
			line: 19,
			message: 'unknown field "colour"'
		},
		{
			name: 'a missing slide id',
			// line 9: heading
			source: lines(...FRONT, '## Slide', 'topic: intro', 'source: 004 › Test', '', 'Text.'),
			line: 9,
			message: 'missing "id"'
		},
		{
			name: 'a bad slide topic',
			// line 11: topic
			source: lines(...FRONT, ...slide().map((l) => l.replace('intro', 'weather'))),
			line: 11,
			message: '"topic" must be one of'
		},
		{
			name: 'a duplicate slide id',
			// line 16: second heading
			source: lines(...FRONT, ...slide('s1', 'One'), '', ...slide('s1', 'Two')),
			line: 16,
			message: 'duplicate slide id "s1" (first used on line 9)'
		},
		{
			name: 'a duplicate question id',
			// line 16: first question, line 23: second slide, line 30: second question
			source: lines(
				...FRONT,
				...slide('s1', 'One'),
				'',
				':::question',
				'id: q1',
				'type: agree5',
				'',
				'Første.',
				':::',
				'',
				...slide('s2', 'Two'),
				'',
				':::question',
				'id: q1',
				'type: agree5',
				'',
				'Anden.',
				':::'
			),
			line: 30,
			message: 'duplicate question id "q1" (first used on line 16)'
		},
		{
			name: 'text before the first heading',
			// line 9: text, line 11: heading
			source: lines(...FRONT, 'Indledning uden overskrift.', '', ...slide()),
			line: 9,
			message: 'expected a slide heading'
		},
		{
			name: 'frontmatter but no slides',
			// line 8: closing ---, line 9: empty
			source: lines(...FRONT, ''),
			line: 9,
			message: 'at least one slide'
		}
	];

	it.each(cases)('$name → an error on line $line', ({ source, line, message }) => {
		const errors = expectErrors(parseDeck(FILE, source));
		expect(errors).toContainEqual({ file: FILE, line, message: expect.stringContaining(message) });
	});

	// One fault, one message: a physiotherapist should not have to sift through follow-on noise.
	it.each(cases)('$name → that is the only error', ({ source }) => {
		const errors = expectErrors(parseDeck(FILE, source));
		expect(errors.map(formatDeckError)).toHaveLength(1);
	});

	it('names the field in a missing-field message', () => {
		const source = lines(...FRONT.filter((l) => !l.startsWith('title:')), ...slide());
		const errors = expectErrors(parseDeck(FILE, source));
		expect(errors).toContainEqual({ file: FILE, line: 1, message: 'frontmatter: missing "title"' });
	});

	it.each([
		{ where: 'in the middle', trailing: '\n## Two\nid: s2\ntopic: intro\nsource: 004 › x\n' },
		{ where: 'on the last line', trailing: '' }
	])('reports invalid UTF-8 $where on its line', ({ trailing }) => {
		// Lines 1–13 are valid; line 14 holds the bad bytes.
		const bytes = Buffer.concat([
			Buffer.from(lines(...FRONT, ...slide().slice(0, 5)) + '\n'),
			Buffer.from('Te'),
			Buffer.from([0xff, 0xfe]),
			Buffer.from('xt.'),
			Buffer.from(trailing)
		]);
		const errors = expectErrors(parseDeck(FILE, new Uint8Array(bytes)));
		expect(errors).toEqual([{ file: FILE, line: 14, message: expect.stringContaining('UTF-8') }]);
	});

	it('reports every error in one file, sorted by line', () => {
		const source = lines(
			...FRONT,
			/*  9 */ '## One',
			/* 10 */ 'id: s1',
			/* 11 */ 'topic: intro',
			/* 12 */ 'source: 004 › Test',
			/* 13 */ '',
			/* 14 */ 'Text.',
			/* 15 */ '',
			/* 16 */ ':::question',
			/* 17 */ 'id: q1',
			/* 18 */ '',
			/* 19 */ 'Hvad?',
			/* 20 */ ':::',
			/* 21 */ '',
			/* 22 */ '## Two',
			/* 23 */ 'topic: weather',
			/* 24 */ 'source: 004 › Test',
			/* 25 */ '',
			/* 26 */ 'Text.',
			/* 27 */ '',
			/* 28 */ '## Three',
			/* 29 */ 'id: s1',
			/* 30 */ 'topic: intro',
			/* 31 */ 'source: 004 › Test',
			/* 32 */ '',
			/* 33 */ ':::notes',
			/* 34 */ 'Aldrig lukket.'
		);
		const errors = expectErrors(parseDeck(FILE, source));
		expect(errors).toEqual([
			{ file: FILE, line: 16, message: expect.stringContaining('needs "type') },
			{ file: FILE, line: 22, message: 'slide "Two": missing "id"' },
			{ file: FILE, line: 23, message: expect.stringContaining('"topic" must be one of') },
			{ file: FILE, line: 28, message: expect.stringContaining('duplicate slide id "s1"') },
			{ file: FILE, line: 33, message: expect.stringContaining('":::notes" block is not closed') }
		]);
	});
});

describe('blank lines after a slide heading', () => {
	it('are allowed before the attributes, as formatters insert them', () => {
		const source = [
			'---',
			'condition: general',
			'variant: PIXI',
			'title: T',
			'language: da',
			"sources: ['x']",
			'---',
			'',
			'## Slide',
			'',
			'id: one',
			'topic: general',
			'source: test › 1',
			'',
			'Text.',
			''
		].join('\n');
		const result = parseDeck('blank.md', source);
		expect(result.ok && result.deck.slides[0]).toMatchObject({
			id: 'one',
			topic: 'general',
			text: 'Text.'
		});
	});
});

describe('red flags the format enforces', () => {
	const front = (condition: string, redFlags: boolean) => [
		/* 1 */ '---',
		/* 2 */ `condition: ${condition}`,
		/* 3 */ 'variant: PIXI',
		/* 4 */ 'title: T',
		/* 5 */ 'language: da',
		/* 6 */ "sources: ['x']",
		...(redFlags ? [/* 7 */ 'red-flags: required'] : []),
		'---',
		''
	];
	const plainSlide = ['## Slide', 'id: one', 'topic: general', 'source: test › 1', '', 'Text.', ''];
	const safetySlide = [
		'## Røde flag',
		'id: roede-flag',
		'topic: general',
		'source: test › 2',
		'',
		':::safety',
		'Kontakt lægevagten.',
		':::',
		''
	];

	it('refuse a nerve-root deck without its safety block, naming file and line', () => {
		const result = parseDeck(
			'sessions/nerverod-x.md',
			lines(...front('nerve-root', true), ...plainSlide)
		);
		const errors = expectErrors(result);
		expect(errors).toEqual([
			{
				file: 'sessions/nerverod-x.md',
				line: 7,
				message: expect.stringContaining('no ":::safety" block')
			}
		]);
		expect(formatDeckError(errors[0]!)).toMatch(/^sessions\/nerverod-x\.md:7: /);
	});

	it('refuse a nerve-root deck that does not declare its red flags', () => {
		const errors = expectErrors(
			parseDeck('n.md', lines(...front('nerve-root', false), ...plainSlide, ...safetySlide))
		);
		expect(errors).toEqual([
			{ file: 'n.md', line: 2, message: expect.stringContaining('"red-flags: required"') }
		]);
	});

	it('hold any deck that declares them to its promise', () => {
		expectErrors(parseDeck('g.md', lines(...front('general', true), ...plainSlide)));
		const deck = expectDeck(
			parseDeck('g.md', lines(...front('general', true), ...plainSlide, ...safetySlide))
		);
		expect(deck['red-flags']).toBe('required');
		expect(deck.slides[1]!.safety[0]!.redFlag).toBe(true);
	});

	it('accept a nerve-root deck that declares and carries them', () => {
		const deck = expectDeck(
			parseDeck('n.md', lines(...front('nerve-root', true), ...plainSlide, ...safetySlide))
		);
		expect(deck.slides[1]!.safety[0]).toMatchObject({ text: 'Kontakt lægevagten.', redFlag: true });
	});

	it('keep decks of other conditions free to carry none, and their safety blocks are not red flags', () => {
		expectDeck(parseDeck('l.md', lines(...front('low-back-pain', false), ...plainSlide)));
		const deck = expectDeck(
			parseDeck('o.md', lines(...front('osteoporosis', false), ...plainSlide, ...safetySlide))
		);
		expect(deck.slides[1]!.safety[0]!.redFlag).toBe(false);
	});
});

describe('a shipped questionnaire named by its template', () => {
	const FILE = 'sessions/profil.md';
	/** Lines 1–8 frontmatter, 9–15 the slide, 16 ":::question", 17 on the block's lines. */
	const deckWith = (...block: string[]) =>
		lines(
			...FRONT,
			'## Profil',
			'id: profil',
			'topic: intro',
			'source: 004 › Test',
			'',
			'Tekst.',
			'',
			':::question',
			...block,
			':::'
		);
	const only = (source: string) => expectDeck(parseDeck(FILE, source)).slides[0]!.questions;

	it.each([
		['baseline', baselinePainProfile],
		['diary', activityDiary]
	] as const)('expands "%s" to the library’s items, end labels and title', (name, shipped) => {
		const [question] = only(deckWith('id: skema', 'type: questionnaire', `template: ${name}`));
		expect(question).toEqual({
			id: 'skema',
			type: 'questionnaire',
			line: 16,
			text: shipped.text,
			'min-label': shipped['min-label'],
			'max-label': shipped['max-label'],
			options: shipped.options
		});
		expect(question!.options).not.toBe(shipped.options);
	});

	it('keeps a title written in the block', () => {
		const [question] = only(
			deckWith('id: skema', 'type: questionnaire', 'template: diary', '', 'Min dag i går')
		);
		expect(question).toMatchObject({ text: 'Min dag i går', options: activityDiary.options });
	});

	it.each([
		{
			name: 'an unknown template',
			block: ['id: skema', 'type: questionnaire', 'template: oswestry'],
			line: 19,
			message: 'question "skema": unknown template "oswestry"; expected one of baseline, diary'
		},
		{
			name: 'an empty template',
			block: ['id: skema', 'type: questionnaire', 'template:'],
			line: 19,
			message: 'question "skema": unknown template ""; expected one of baseline, diary'
		},
		{
			name: 'a template on another type',
			block: ['id: skema', 'type: scale', 'template: baseline', 'min-label: a', 'max-label: b'],
			line: 19,
			message: 'question "skema": "template" is only for "type: questionnaire"'
		},
		{
			name: 'items beside a template',
			block: ['id: skema', 'type: questionnaire', 'template: baseline', '', 'Titel', '- Søvn'],
			line: 19,
			message: expect.stringContaining('brings its own items and labels; remove "- …"')
		},
		{
			name: 'end labels beside a template',
			block: ['id: skema', 'type: questionnaire', 'template: diary', 'max-label: Meget'],
			line: 20,
			message: expect.stringContaining('remove "max-label"')
		}
	])('refuses $name, naming file and line', ({ block, line, message }) => {
		const errors = expectErrors(parseDeck(FILE, deckWith(...block)));
		expect(errors).toEqual([{ file: FILE, line, message }]);
		expect(formatDeckError(errors[0]!)).toMatch(new RegExp(`^${FILE}:${line}: question "skema"`));
	});

	it('is documented with an example that parses to the shipped pain profile', () => {
		const doc = readFileSync(
			fileURLToPath(new URL('../../../docs/deck-format.md', import.meta.url)),
			'utf8'
		);
		const example = /```md\n([\s\S]*?)\n```/.exec(doc)?.[1];
		expect(example).toContain('template: baseline');
		const source = deckWith().replace(/## Profil[\s\S]*$/, () => example!);
		const [question] = only(source);
		expect(question).toMatchObject({
			type: 'questionnaire',
			text: baselinePainProfile.text,
			options: baselinePainProfile.options
		});
	});
});
