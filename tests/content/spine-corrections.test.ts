/**
 * The six spine decks (low back pain, spinal stenosis, nerve root) against the statements a class
 * run found wrong: red flags at the source's threshold, the neck's signs, the presenter alerted on
 * every red-flag option, and wording that claimed more than the source. Each matcher fails on the
 * old text and allows any plain rewording of the right fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck, Question } from '../../src/lib/decks/schema';
import { participantText } from '../../src/lib/decks/stats';
import { needsAttention } from '../../src/lib/questions/display';

const nerveRoot = ['nerverod-full', 'nerverod-pixi'];
const lowBackPain = ['laenderyg-full', 'laenderyg-pixi'];
const stenosis = ['spinalstenose-full', 'spinalstenose-pixi'];
const spine = [...nerveRoot, ...lowBackPain, ...stenosis];

function load(id: string): Deck {
	const file = join('sessions', `${id}.md`);
	const result = parseDeck(file, readFileSync(file));
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
	return result.deck;
}

const decks = new Map(spine.map((id) => [id, load(id)]));
const deck = (id: string): Deck => decks.get(id)!;

function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/** Whatever anyone reads or hears from the deck: slides, safety, questions, notes, prompts. */
function everything(d: Deck): string {
	return [
		participantText(d),
		...d.slides.flatMap((s) => [
			text(s.notesHtml),
			...s.prompts,
			...s.glossary.map((g) => `${g.term} ${text(g.html)}`)
		])
	].join('\n');
}

const safetyBlocks = (d: Deck): string[] => d.slides.flatMap((s) => s.safety.map((b) => b.text));
const lumbarBlock = (d: Deck) => safetyBlocks(d).find((b) => /lårene/i.test(b));
const neckBlock = (d: Deck) => safetyBlocks(d).find((b) => /nakke/i.test(b) && /arm/i.test(b));

/** The source's threshold is difficulty, not inability, in either direction. */
const difficultyHoldingOrPassing =
	/(svært|besvær|problemer)[^.\n]*holde på[^.\n]*komme af med[^.\n]*(urin|afføring)/i;

describe.each(spine)('%s: the low-back red flags', (id) => {
	const block = lumbarBlock(deck(id));

	it('sit in a safety block', () => {
		expect(block).toBeDefined();
	});

	it('name altered sensation on the inner thighs, not only reduced feeling', () => {
		expect(block).toMatch(/(ændret følelse|føleforstyrrelse)[^.\n]*indersiden af lårene/i);
	});

	it('name a sudden loss of strength in the leg or over the foot', () => {
		expect(block).toMatch(
			/(pludselig[^.\n]*(mister|taber)[^.\n]*kraft|(mister|taber) pludselig[^.\n]*kraft)[^.\n]*(ben|fod)/i
		);
	});

	it('act on difficulty holding or passing urine or stool', () => {
		expect(block).toMatch(difficultyHoldingOrPassing);
	});

	it('send the participant to lægevagten', () => {
		expect(block).toMatch(/lægevagt/i);
	});

	it('never wait until the participant cannot hold or pass urine', () => {
		expect(everything(deck(id))).not.toMatch(/kan ikke (holde på|komme af med)/i);
	});
});

describe.each(nerveRoot)('%s: the neck red flags', (id) => {
	const d = deck(id);
	const block = neckBlock(d);

	it('stand in a safety block of their own, apart from the low-back signs', () => {
		expect(block).toBeDefined();
		expect(block).not.toBe(lumbarBlock(d));
	});

	it.each([
		['symptoms in both arms or both hands', [/begge arme/i, /begge hænder/i]],
		['clumsy hands: buttons, writing, dropping things', [/klods/i, /knap/i, /skriv/i, /taber/i]],
		['new unsteady walking or poorer balance', [/\bnyt?\b/i, /\b(gang|går)\b/i, /balance/i]],
		['new difficulty holding or passing urine or stool', [/\bnyt?\b/i, difficultyHoldingOrPassing]],
		[
			'severe or quickly worsening weakness in an arm or a hand',
			[/\b(arm|hånd)\b/i, /meget svag/i, /hurtigt (svagere|mere svag)/i]
		]
	])('name %s on one line', (_, sign) => {
		const lines = (block ?? '').split('\n');
		expect(
			lines.some((line) => sign.every((part) => part.test(line))),
			block
		).toBe(true);
	});

	it('say: your doctor the same day, lægevagten outside opening hours', () => {
		expect(block).toMatch(/læge[^.\n]*samme dag/i);
		expect(block).toMatch(/uden for[^.\n]*åbningstid[^.\n]*lægevagt/i);
	});

	it('have their background and sources in the notes', () => {
		const notes = d.slides.filter((s) => s.safety.length > 0).map((s) => text(s.notesHtml));
		expect(notes.join(' ')).toMatch(/NICE CKS/);
		expect(notes.join(' ')).toMatch(/McCartney/);
	});
});

describe.each(nerveRoot)('%s: the symptom questions', (id) => {
	const choices = deck(id)
		.slides.flatMap((s) => s.questions)
		.filter((q): q is Extract<Question, { type: 'single' | 'multiple' }> =>
			['single', 'multiple'].includes(q.type)
		);
	const picked = (q: Question, i: number) => (q.type === 'multiple' ? [i] : i);

	it('keep the id hvad-maerker-du for the first of them', () => {
		expect(choices.some((q) => q.id === 'hvad-maerker-du')).toBe(true);
	});

	it.each([
		['altered sensation on the inner thighs', /indersiden af lårene/i],
		['sudden loss of leg or foot strength', /pludselig[^.\n]*kraft[^.\n]*(ben|fod)/i],
		['difficulty holding or passing urine or stool', difficultyHoldingOrPassing],
		['symptoms in both arms or both hands', /begge arme/i],
		['clumsy hands', /klods/i],
		['new unsteady walking or balance', /balance/i],
		['severe or quickly worsening arm or hand weakness', /meget svag/i]
	])('alert the presenter when %s is ticked', (_, sign) => {
		const hits = choices.flatMap((q) =>
			q.options.flatMap((option, i) => (sign.test(option) ? [{ q, i }] : []))
		);
		expect(hits.length).toBeGreaterThan(0);
		for (const { q, i } of hits) expect(needsAttention(q, picked(q, i)), q.options[i]).toBe(true);
	});

	it('do not alert on pain, tingling or the catch-all option', () => {
		const ordinary = choices.flatMap((q) =>
			q.options.flatMap((option, i) =>
				/^(smerte|prikken|noget andet)/i.test(option) ? [{ q, i }] : []
			)
		);
		expect(ordinary.length).toBeGreaterThan(2);
		for (const { q, i } of ordinary)
			expect(needsAttention(q, picked(q, i)), q.options[i]).toBe(false);
	});
});

describe.each([...nerveRoot, ...stenosis])('%s: what pain means', (id) => {
	const all = everything(deck(id));

	it('says "not always", the source\'s words outside the low back pain table', () => {
		expect(all).toMatch(/(betyder|er) ikke altid/i);
	});

	it('never says pain or the condition is "rarely" dangerous or damaging', () => {
		expect(all).not.toMatch(
			/sjæld(en|ent|ne)\b[^.\n]{0,40}(fare|farlig|galt|stykker|skade|ødelagt|alvorlig)/i
		);
		expect(all).not.toMatch(/(fare|farlig|alvorlig)[^.\n]{0,40}sjæld(en|ent|ne)\b/i);
	});
});

describe.each(spine)('%s: wording the source does not support', (id) => {
	const d = deck(id);
	const all = everything(d);

	it('never equates manual therapy with massage', () => {
		expect(all).not.toMatch(/massage/i);
	});

	it.each([
		['prevention as a promise', /sjældnere igen/i],
		['"most never get symptoms" (the source: far from all)', /langt de fleste[^.\n]*aldrig/i],
		['own effort as what "works best" (the source: the most important)', /virker bedst/i],
		['short walks as good as a long one', /lige så god[e]? som/i],
		['"more than you think"', /mere, end du tror/i],
		['"much further"', /gå meget længere/i],
		['"many get less pain" (the source: you can)', /mange får mindre ondt/i]
	])('makes no overpromise: %s', (_, claim) => {
		expect(all).not.toMatch(claim);
	});

	it('invites to speak on the welcome slide without ordering not to', () => {
		const welcome = d.slides[0]!;
		expect(all).not.toMatch(/men du skal ikke/i);
		expect(welcome.text).toMatch(/behøver ikke/i);
	});

	it('makes X-ray and MRI agree in the plural', () => {
		expect(all).not.toMatch(/røntgen og MR er[^.\n]*nødvendigt\b/i);
		expect(all).not.toMatch(/røntgen og MR er[^.\n]*nødvendig\b/i);
	});

	it('uses Danish words in the notes', () => {
		expect(all).not.toMatch(/\bdeck(et)?\b|quick fix|\bslides?\b|\bokay\b/i);
	});

	it('tells where to find the TAK model instead of describing it', () => {
		if (/TAK-model/.test(all)) expect(all).toMatch(/TAK-model[^\n]*Forberedelse/);
	});

	it('asks open questions in most dialogue prompts', () => {
		const prompts = d.slides.flatMap((s) => s.prompts);
		const closed = prompts.filter((p) =>
			/^(er|kender|har|kan|vil|gør|tror|synes|bruger|ved|må|skal)\b/i.test(p.trim())
		);
		expect(closed.length / prompts.length, closed.join(' | ')).toBeLessThanOrEqual(0.1);
	});
});

describe('the spinal stenosis FULL notes', () => {
	it('say that far from all with these changes get symptoms', () => {
		expect(everything(deck('spinalstenose-full'))).toMatch(/langt fra alle/i);
	});
});
