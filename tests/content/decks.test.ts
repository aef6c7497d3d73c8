/**
 * The shipped decks are the product's substance: these tests hold them to the clinical facts,
 * the structure of the source tables and the house rules for interaction and readability.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import { tableTopics, type Condition, type Deck, type Variant } from '../../src/lib/decks/schema';
import { deckStats, lixLimit, participantText } from '../../src/lib/decks/stats';
import { needsAttention } from '../../src/lib/questions/display';

const dir = 'sessions';
const decks: Deck[] = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const result = parseDeck(join(dir, f), readFileSync(join(dir, f)));
		if (!result.ok)
			throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
		return result.deck;
	});

const tableConditions: Condition[] = [
	'low-back-pain',
	'spinal-stenosis',
	'knee-hip-oa',
	'nerve-root'
];
const allConditions: Condition[] = [...tableConditions, 'osteoporosis'];
const variants: Variant[] = ['FULL', 'PIXI'];

function deck(condition: Condition, variant: Variant): Deck {
	const found = decks.find((d) => d.condition === condition && d.variant === variant);
	if (!found) throw new Error(`no ${variant} deck for ${condition}`);
	return found;
}

/** Participant text plus everything the presenter says: where a fact must be found. */
function everything(d: Deck): string {
	return [
		participantText(d),
		...d.slides.flatMap((s) => [
			s.notesHtml,
			...s.prompts,
			...s.glossary.map((g) => `${g.term} ${g.html}`)
		])
	].join('\n');
}

const each = allConditions.flatMap((condition) =>
	variants.map((variant) => ({ condition, variant }))
);
const eachTable = each.filter((c) => tableConditions.includes(c.condition));

describe('the deck set', () => {
	it('has a FULL and a PIXI deck for each of the five conditions', () => {
		expect(decks).toHaveLength(10);
		for (const { condition, variant } of each) expect(() => deck(condition, variant)).not.toThrow();
	});
});

describe.each(each)('$condition $variant', ({ condition, variant }) => {
	const d = deck(condition, variant);
	const questions = d.slides.flatMap((s) => s.questions);

	it('names a source section on every slide', () => {
		for (const slide of d.slides) expect(slide.source.length, slide.id).toBeGreaterThan(5);
	});

	it(`keeps participant text within LIX ${lixLimit[variant]}`, () => {
		expect(deckStats(d).readability.lix).toBeLessThanOrEqual(lixLimit[variant]);
	});

	it('has a 0–10 item, two myth-or-fact items and a closing personal goal', () => {
		expect(questions.some((q) => q.type === 'scale' && q.min === 0 && q.max === 10)).toBe(true);
		expect(questions.filter((q) => q.type === 'myth-fact').length).toBeGreaterThanOrEqual(2);
		const closing = d.slides.filter((s) => s.topic === 'closing');
		expect(closing.flatMap((s) => s.questions).some((q) => q.type === 'goal')).toBe(true);
	});

	it('has a dialogue prompt for every main topic it covers', () => {
		for (const topic of tableTopics) {
			const slides = d.slides.filter((s) => s.topic === topic);
			if (slides.length > 0)
				expect(
					slides.some((s) => s.prompts.length > 0),
					topic
				).toBe(true);
		}
	});

	it('opens with an introduction and ends with a closing slide', () => {
		expect(d.slides[0]?.topic).toBe('intro');
		expect(d.slides.at(-1)?.topic).toBe('closing');
	});

	it('carries no text of licensed questionnaires', () => {
		expect(participantText(d)).not.toMatch(
			/KOOS|HOOS|Oswestry|EQ-5D|STarT Back|PSEQ|Tampa|Örebro/i
		);
	});
});

describe.each(eachTable)('$condition $variant follows its table', ({ condition, variant }) => {
	const d = deck(condition, variant);
	const text = everything(d);

	it('covers every row of the table', () => {
		const topics = new Set(d.slides.map((s) => s.topic));
		for (const row of tableTopics) expect(topics.has(row), row).toBe(true);
	});

	it('explains pain mechanisms with the three pain types for the presenter', () => {
		const pain = d.slides.filter((s) => s.topic === 'pain-mechanisms');
		const presenterText = pain
			.flatMap((s) => [s.notesHtml, ...s.glossary.map((g) => `${g.term} ${g.html}`)])
			.join(' ');
		expect(pain.some((s) => s.text.length > 0)).toBe(true);
		for (const type of [/nocicept/i, /neuropat/i, /nociplast/i])
			expect(presenterText).toMatch(type);
	});

	it('says that imaging is rarely needed', () => {
		expect(text).toMatch(
			/(røntgen|MR|scanning|billeddiagnostik)[^\n]*sjældent|sjældent[^\n]*(røntgen|MR|scanning|billeddiagnostik)/i
		);
	});

	it('recommends exercise 2-3 times a week', () => {
		expect(text).toMatch(/2\s?[-–]\s?3 gange om ugen/);
	});

	it('frames painkillers as a tool to stay active', () => {
		expect(text).toMatch(/smertestillende[^\n]*aktiv|aktiv[^\n]*smertestillende/i);
	});

	it('never makes passive treatment the only treatment', () => {
		expect(text).toMatch(/passiv/i);
	});
});

describe('facts that must be exact', () => {
	it.each(variants)(
		'nerve root %s: ticking a red-flag symptom alerts the presenter, other symptoms do not',
		(variant) => {
			const question = deck('nerve-root', variant)
				.slides.flatMap((s) => s.questions)
				.find((q) => q.type === 'multiple' && q['alert-options']?.length);
			expect(question).toBeDefined();
			const flagged = question!.options.flatMap((o, i) =>
				/urin|indersiden af lårene|pludselig.*kraft/i.test(o) ? [i] : []
			);
			expect(flagged).toHaveLength(3);
			for (const i of flagged) expect(needsAttention(question!, [0, i])).toBe(true);
			expect(needsAttention(question!, [0, 1])).toBe(false);
		}
	);
	it.each(variants)(
		'nerve root %s: over 80 %% better within 8-12 weeks, and the red flags as safety',
		(variant) => {
			const d = deck('nerve-root', variant);
			expect(participantText(d)).toMatch(/80\s?%/);
			expect(participantText(d)).toMatch(/8\s?[-–]\s?12 uger/);
			const safety = d.slides.flatMap((s) => s.safety.map((b) => b.text)).join(' ');
			for (const flag of [
				/indersiden af lårene/i,
				/pludselig.*kraft/i,
				/svært\b.*holde på eller komme af med urin/i,
				/afføring/i,
				/lægevagten/i
			])
				expect(safety).toMatch(flag);
		}
	);

	it.each(variants)(
		'knee/hip OA %s: 2 kg less weight is 6-8 kg less load, surgery for a few',
		(variant) => {
			const text = participantText(deck('knee-hip-oa', variant));
			expect(text).toMatch(/2 kg/);
			expect(text).toMatch(/6\s?[-–]\s?8 kg/);
			expect(text).toMatch(/operation|kirurgi|nyt led/i);
		}
	);

	it.each(variants)(
		'spinal stenosis %s: structure stays, function improves; sitting rest; bending slightly forward',
		(variant) => {
			const text = participantText(deck('spinal-stenosis', variant));
			expect(text).toMatch(/ændr/i);
			expect(text).toMatch(/sidde|sæt dig/i);
			expect(text).toMatch(/fremad|forover|læne/i);
		}
	);

	it.each(variants)(
		'osteoporosis %s: T-score scale, fractures, cascade and treatment figures',
		(variant) => {
			const d = deck('osteoporosis', variant);
			const tScore = d.slides.find((s) => s.id === 't-score');
			expect(tScore?.figure).toBe('t-score');
			const slideText = `${tScore?.title} ${tScore?.text}`;
			expect(slideText).toMatch(/-1\b/);
			expect(slideText).toMatch(/-2,5/);
			expect(slideText).toMatch(/30-årig/);
			const text = participantText(d);
			for (const fact of [
				/ryg/i,
				/håndled/i,
				/hofte/i,
				/to ud af tre/i,
				/fem gange/i,
				/30\s?[-–]\s?65\s?%/,
				/1000 mg/,
				/800 IE/,
				/Stærk/,
				/Stabil/,
				/Strakt/
			]) {
				expect(text).toMatch(fact);
			}
		}
	);

	it('osteoporosis FULL gives the presenter LIFTMOR, the five function categories and the acute phase', () => {
		const d = deck('osteoporosis', 'FULL');
		const notes = d.slides.map((s) => s.notesHtml).join(' ');
		expect(notes).toMatch(/LIFTMOR/);
		expect(notes).toMatch(/0\s?[-–]\s?6 måneder/);
		for (const category of [/træningsaktiv/i, /hverdagsaktiv/i, /funktionsbegrænset/i])
			expect(notes).toMatch(category);
	});

	it('osteoporosis FULL walks through the patient pathway', () => {
		const text = everything(deck('osteoporosis', 'FULL'));
		for (const step of [
			/mistanke/i,
			/scanning|DXA/i,
			/svar/i,
			/blodprøve/i,
			/behandlingsplan|plan/i,
			/kontrol/i
		])
			expect(text).toMatch(step);
	});
});

describe('the deck format documentation', () => {
	it('has a complete example that parses', () => {
		const doc = readFileSync('docs/deck-format.md', 'utf8');
		const example = /```markdown\n([\s\S]*?)\n```/.exec(doc)?.[1];
		expect(example).toBeDefined();
		const result = parseDeck('docs/deck-format.md', example!);
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		const types = new Set(
			result.deck.slides.flatMap((s) => [
				...s.questions.map((q) => q.type),
				...(s.figure ? [s.figure] : [])
			])
		);
		expect([...types].sort()).toEqual(['myth-fact', 'progression-ladder', 'scale']);
		expect(result.deck.slides.some((s) => s.safety.length > 0 && s.glossary.length === 0)).toBe(
			true
		);
	});
});

describe('alerts say what to do', () => {
	it.each(variants)(
		'nerve root %s: every red-flag question tells the presenter the next step',
		(variant) => {
			const alerting = deck('nerve-root', variant)
				.slides.flatMap((s) => s.questions)
				.filter((q) => (q.type === 'multiple' || q.type === 'single') && q['alert-options']);
			expect(alerting.length).toBeGreaterThanOrEqual(2);
			for (const q of alerting) {
				const advice = 'alert-advice' in q ? q['alert-advice'] : undefined;
				expect(advice, q.id).toMatch(/i enrum/);
				expect(advice, q.id).toMatch(/lægevagten/);
			}
		}
	);
});
