/**
 * The built-in pictures: each renders in Danish and English with its text alternative, its
 * caption and every string it owns; each states the facts its source gives and no copied
 * wording; and each deck carries the pictures that explain it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/lib/i18n/i18n.svelte';
import Figure from '../../src/lib/components/figures/Figure.svelte';
import { parseDeck } from '../../src/lib/decks/parse';
import { figures, type Deck, type Figure as FigureName } from '../../src/lib/decks/schema';
import { deckStats } from '../../src/lib/decks/stats';
import { catalogue } from '../../src/lib/i18n/messages';
import { captionKey, keysOf, labelKey } from '../support/figures';
import { copiedRuns } from './ownWords';

// A page loads its languages before it renders; so do these tests, before they collect.
await Promise.all([loadMessages('da'), loadMessages('en')]);

const languages = ['da', 'en'] as const;
type Language = (typeof languages)[number];

function decode(html: string): string {
	return html
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** What a reader meets: the visible text, and the text alternative on its own. */
function drawn(figure: FigureName, language: Language) {
	const { body } = render(Figure, { props: { figure, language } });
	const label = decode(/role="img" aria-label="([^"]*)"/.exec(body)?.[1] ?? '');
	const caption = decode(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(body)?.[1] ?? '');
	const visible = decode(body.replace(/<[^>]+>/g, ' ').replace(/<!--.*?-->/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
	return { body, label, caption: caption.replace(/<[^>]+>/g, '').trim(), visible };
}

const cases = figures.flatMap((figure) => languages.map((language) => ({ figure, language })));

describe.each(cases)('$figure in $language', ({ figure, language }) => {
	const { body, label, caption, visible } = drawn(figure, language);
	const text = catalogue[language];

	it('has its text alternative and its visible caption', () => {
		expect(body).toContain(`data-testid="figure-${figure}"`);
		expect(label).toBe(text[labelKey(figure)]);
		expect(label.length).toBeGreaterThan(20);
		expect(caption).toBe(text[captionKey(figure)]);
		expect(caption.length).toBeGreaterThan(10);
	});

	it('shows every string it owns, and no key or placeholder', () => {
		const keys = keysOf(figure, Object.keys(text));
		expect(keys.length).toBeGreaterThanOrEqual(3);
		for (const key of keys) {
			const value = text[key as keyof typeof text];
			expect(value.trim(), key).not.toBe('');
			expect(key.endsWith('.aria') ? label : visible, key).toContain(value);
		}
		expect(visible).not.toMatch(/figure\.|\{\w+\}|undefined/);
	});

	it('keeps the drawing out of the way of screen readers', () => {
		const svgs = body.match(/<svg\b[^>]*>/g) ?? [];
		for (const svg of svgs) expect(svg).toContain('aria-hidden="true"');
		expect(body.match(/role="img"/g)).toHaveLength(1);
	});
});

/** The facts each picture states, in both the drawing and its text alternative. */
const facts: Record<FigureName, Record<Language, RegExp[]>> = {
	't-score': {
		da: [/over -1/, /fra -1 og ned/, /fra -2,5 og ned/],
		en: [/above -1/, /-1 and below/, /-2\.5 and below/]
	},
	'progression-ladder': { da: [/start/i, /mål/i, /trin/], en: [/start/i, /goal/i, /step/] },
	'pain-alarm': {
		da: [/[Ss]amme signal/, /[Ff]ølsom/, /[Mm]ere ondt/, /[Ii]ngen ny skade/],
		en: [/same signal/, /[Ss]ensitive/, /[Mm]ore pain/, /[Nn]o new damage/]
	},
	'nerve-root': {
		da: [/nerverod/i, /[Tt]ryk/, /ud i armen/, /ned i benet/],
		en: [/nerve root/i, /[Pp]ressure/, /out into the arm/, /down the leg/]
	},
	'stenosis-canal': {
		da: [/rank/, /[Mm]indre plads/, /lidt frem/, /[Ll]idt mere plads/],
		en: [/upright/, /[Ll]ess room/, /slightly forward/, /[Aa] little more room/]
	},
	'knee-lever': {
		da: [/2 kg mindre kropsvægt|2 kg\s+mindre kropsvægt/, /6-8 kg mindre belastning på knæet/],
		en: [/2 kg less body weight/, /6-8 kg less load on the knee/]
	},
	'fracture-cascade': {
		da: [/[Ff]ørste år[^.]*op til 5 gange/, /[Tt]i år[^.]*2 gange/],
		en: [/[Ff]irst year[^.]*up to 5 times/, /[Tt]en years[^.]*2 times/]
	},
	'strong-steady-straight': {
		da: [/Stærk/, /Stabil/, /Strakt/, /[Bb]alance/, /rank/],
		en: [/Strong/, /Steady/, /Straight/, /[Bb]alance/, /tall/]
	},
	'osteoporosis-pathway': {
		da: [/[Mm]istanke.*DXA.*[Ss]var.*blodprøver.*[Pp]lan.*D-vitamin.*[Kk]ontrol/],
		en: [/[Ss]uspicion.*DXA.*answer.*blood tests.*plan.*vitamin D.*[Cc]heck-ups/]
	}
};

describe.each(cases)('$figure in $language states its facts', ({ figure, language }) => {
	const { label, visible } = drawn(figure, language);
	it.each(facts[figure][language].map((fact) => [String(fact), fact] as const))(
		'%s, in the drawing and in its text alternative',
		(_, fact) => {
			expect(visible).toMatch(fact);
			expect(label).toMatch(fact);
		}
	);
});

describe('pictures that count', () => {
	it('the cascade draws one square per time the risk: 1, up to 5, 2', () => {
		const { body } = drawn('fracture-cascade', 'da');
		const rows = body.split('<li').slice(1);
		expect(rows.map((row) => row.match(/class="square /g)?.length)).toEqual([1, 5, 2]);
	});

	it('the pathway has the seven steps of source 000, numbered in order', () => {
		const { body } = drawn('osteoporosis-pathway', 'da');
		const numbers = [...body.matchAll(/class="number[^"]*">(\d)</g)].map((m) => Number(m[1]));
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('the alarm turns the knob higher and sends more sound waves when it is sensitive', () => {
		const { body } = drawn('pain-alarm', 'da');
		const [normal, sensitive] = body.split(/class="panel[ "]/).slice(1);
		const waves = (panel: string) => panel.match(/class="wave[ "]/g)?.length;
		expect(waves(normal!)).toBe(1);
		expect(waves(sensitive!)).toBe(3);
	});
});

describe('picture wording', () => {
	const sources = new Set<string>(
		JSON.parse(readFileSync('tests/content/source-fingerprints.json', 'utf8')) as string[]
	);
	it.each(languages)('shares no seven-word run with a source (%s)', (language) => {
		const lines = Object.entries(catalogue[language])
			.filter(([key]) => key.startsWith('figure.'))
			.map(([, value]) => value)
			.join('\n');
		expect(copiedRuns(`figures (${language})`, lines, sources)).toEqual([]);
	});
});

const decks: Deck[] = readdirSync('sessions')
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const result = parseDeck(f, readFileSync(join('sessions', f)));
		if (!result.ok) throw new Error(`${f} does not parse`);
		return result.deck;
	});
const tableDecks = [
	'laenderyg-full',
	'laenderyg-pixi',
	'spinalstenose-full',
	'spinalstenose-pixi',
	'artrose-full',
	'artrose-pixi',
	'nerverod-full',
	'nerverod-pixi'
];
const osteoporosis = ['osteoporose-full', 'osteoporose-pixi'];

/** Which decks each picture belongs in, and the kind of slide it explains. */
const placement: Record<FigureName, { decks: string[]; topic?: string }> = {
	'pain-alarm': { decks: tableDecks, topic: 'pain-mechanisms' },
	'nerve-root': { decks: ['nerverod-full', 'nerverod-pixi'] },
	'stenosis-canal': { decks: ['spinalstenose-full', 'spinalstenose-pixi'] },
	'knee-lever': { decks: ['artrose-full', 'artrose-pixi'] },
	'fracture-cascade': { decks: osteoporosis, topic: 'prognosis' },
	'strong-steady-straight': { decks: osteoporosis },
	'osteoporosis-pathway': { decks: osteoporosis },
	't-score': { decks: osteoporosis, topic: 'knowledge' },
	'progression-ladder': { decks: [...tableDecks, ...osteoporosis] }
};

describe('pictures in the decks', () => {
	it('every deck is known here', () => {
		expect(decks.map((d) => d.id).sort()).toEqual([...tableDecks, ...osteoporosis].sort());
	});

	it.each(figures)('%s is on one slide of each deck it belongs in, and in no other', (figure) => {
		const { decks: expected, topic } = placement[figure];
		for (const deck of decks) {
			const slides = deck.slides.filter((s) => s.figure === figure);
			expect(slides, `${deck.id}: slides with ${figure}`).toHaveLength(
				expected.includes(deck.id) ? 1 : 0
			);
			if (topic && slides[0]) expect(slides[0].topic, `${deck.id} › ${slides[0].id}`).toBe(topic);
		}
	});

	it('the ladder stands on the slide that speaks of the stair, wherever a deck does', () => {
		for (const deck of decks) {
			for (const slide of deck.slides.filter((s) => /trappen|\btrin\b/i.test(s.title)))
				expect(slide.figure, `${deck.id} › ${slide.id}`).toBe('progression-ladder');
		}
	});

	it('the pictures match their slides: 2 kg on the weight slide, the stenosis canal with leaning forward', () => {
		const on = (figure: FigureName) =>
			decks.flatMap((d) => d.slides.filter((s) => s.figure === figure));
		for (const s of on('knee-lever')) expect(s.text).toMatch(/2 kg/);
		for (const s of on('stenosis-canal')) expect(s.text).toMatch(/frem/);
		for (const s of on('fracture-cascade')) expect(s.text).toMatch(/fem gange/);
		for (const s of on('strong-steady-straight')) expect(s.text).toMatch(/Stærk/);
		for (const s of on('nerve-root')) expect(s.text).toMatch(/armen/);
	});

	it('the deck checker counts the slides with a picture', () => {
		const count = (id: string) => deckStats(decks.find((d) => d.id === id)!).figures;
		expect(count('osteoporose-pixi')).toBe(5);
		expect(count('laenderyg-full')).toBe(2);
		expect(count('nerverod-pixi')).toBe(3);
	});
});
