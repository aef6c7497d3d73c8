/**
 * Corrections from a real class run of the osteoarthritis and osteoporosis decks and the
 * preparation guide. Each test holds one statement to what the sources say (004 for the
 * osteoarthritis table and the general part, 000–003 for osteoporosis, REFERENCES for WHO and
 * Strong/Steady/Straight), so the old wording cannot come back unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/lib/i18n/i18n.svelte';
import TScoreScale from '../../src/lib/components/figures/TScoreScale.svelte';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck, Slide } from '../../src/lib/decks/schema';
import { participantText } from '../../src/lib/decks/stats';
import { preparationGuide } from '../../src/lib/guide/preparation';
import { catalogue } from '../../src/lib/i18n/messages';

// A page loads its languages before it renders; so do these tests, before they collect.
await Promise.all([loadMessages('da'), loadMessages('en')]);

function load(id: string): Deck {
	const file = join('sessions', `${id}.md`);
	const result = parseDeck(file, readFileSync(file));
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
	return result.deck;
}

const artrose = ['artrose-full', 'artrose-pixi'].map(load);
const osteoporose = ['osteoporose-full', 'osteoporose-pixi'].map(load);
const mine = [...artrose, ...osteoporose];

function plain(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

const notesOf = (slide: Slide) => plain(slide.notesHtml);
const notes = (d: Deck) => d.slides.map(notesOf).join('\n');

/** Everything anyone reads in a deck: participant text, notes, prompts and glossary. */
function everything(d: Deck): string {
	return [
		participantText(d),
		...d.slides.flatMap((s) => [
			notesOf(s),
			...s.prompts,
			...s.glossary.map((g) => `${g.term} ${plain(g.html)}`)
		])
	].join('\n');
}

function slide(d: Deck, id: string): Slide {
	const found = d.slides.find((s) => s.id === id);
	if (!found) throw new Error(`${d.id} has no slide ${id}`);
	return found;
}

/** The text of a slide the participants see: title, text and its questions. */
const onSlide = (s: Slide) =>
	[s.title, s.text, ...s.questions.flatMap((q) => [q.text, ...q.options])].join('\n');

describe.each(artrose)('$id: pain and damage', (d) => {
	it('never says pain "rarely" means damage or danger (that is the low back table)', () => {
		expect(everything(d)).not.toMatch(
			/sjældent[^.\n]{0,60}(skade|farlig|fare)|(skade|farlig|fare)[^.\n]{0,40}sjældent/i
		);
	});
});

describe('artrose-full: pain and damage', () => {
	it('says on the slide that pain does not always mean something is dangerously wrong', () => {
		expect(onSlide(slide(artrose[0]!, 'bevaeg-dig'))).toMatch(/ikke altid[^.\n]*farligt/i);
	});
});

describe.each(osteoporose)('$id: the T-score boundary at exactly -1', (d) => {
	const tScore = slide(d, 't-score');

	it('puts -1 in osteopenia and normal above -1 for participants (source 000)', () => {
		const text = onSlide(tScore);
		expect(text).toMatch(/over -1[^\n]*normal/i);
		expect(text).toMatch(/fra -1 og ned[^\n]*osteopeni/i);
		expect(text).toMatch(/fra -2,5 og ned[^\n]*osteoporose/i);
		expect(participantText(d)).not.toMatch(/-1 eller (derover|højere)|fra -1 og op/i);
	});

	it('gives the presenter the WHO nuance at exactly -1 and the Z-score under 50', () => {
		const n = notesOf(tScore);
		expect(n).toMatch(/WHO/);
		expect(n).toMatch(/præcis -1[^.]*normal/i);
		expect(n).toMatch(/000/);
		expect(n).toMatch(/Z-score/);
		expect(n).toMatch(/under 50 år/i);
	});

	it('keeps the glossary in line with the slide', () => {
		const glossary = tScore.glossary.map((g) => plain(g.html)).join(' ');
		expect(glossary).not.toMatch(/-1 eller (derover|højere)|fra -1 og op/i);
	});
});

describe('the T-score figure', () => {
	it.each(['da', 'en'] as const)('labels -1 as osteopenia in %s, as the slides do', (language) => {
		const { body } = render(TScoreScale, { props: { language } });
		const text = plain(body);
		const aria = catalogue[language]['figure.tscore.aria'];
		if (language === 'da') {
			for (const label of [text, aria]) {
				expect(label).toMatch(/normal:? over -1/i);
				expect(label).toMatch(/osteopeni:? fra -1 og ned/i);
				expect(label).toMatch(/osteoporose:? fra -2,5 og ned/i);
				expect(label).not.toMatch(/fra -1 og op/i);
			}
		} else {
			for (const label of [text, aria]) {
				expect(label).toMatch(/normal:? above -1/i);
				expect(label).toMatch(/osteopenia:? -1 and below/i);
				expect(label).toMatch(/osteoporosis:? -2\.5 and below/i);
				expect(label).not.toMatch(/from -1 and up/i);
			}
		}
	});
});

describe.each(osteoporose)('$id: Stærk is individual', (d) => {
	const s = slide(d, 'staerk-stabil-strakt');

	it('qualifies impact on the slide in plain words', () => {
		const text = onSlide(s);
		expect(text).toMatch(/hop/i);
		expect(text).toMatch(/brud i ryggen[^.\n]*rask gang|rask gang[^.\n]*brud i ryggen/i);
		expect(text).toMatch(/falde[^.\n]*styrke og balance|styrke og balance[^.\n]*falde/i);
	});

	it('gives the detail in the notes', () => {
		const n = notesOf(s);
		expect(n).toMatch(/sammenfald[^.]*rask gang/i);
		expect(n).toMatch(/faldrisiko[^.]*styrke og balance/i);
		expect(n).toMatch(/dyb foroverbøjning/i);
	});
});

describe.each(osteoporose)('$id: function categories and the acute phase', (d) => {
	const n = notes(d);

	it('names all five categories of source 001 in the notes', () => {
		for (const category of [
			/Træningsaktiv(?! med hensyn)/,
			/Træningsaktiv med hensyn/,
			/Hverdagsaktiv(?! med hensyn)/,
			/Hverdagsaktiv med hensyn/,
			/Funktionsbegrænset/
		])
			expect(n).toMatch(category);
	});

	it('describes the acute phase', () => {
		expect(n).toMatch(/Akutfasen \(0\s?[-–]\s?6 måneder/);
		expect(n).toMatch(/immobilisering/i);
	});

	it('labels the category descriptions as our own, not the source’s', () => {
		expect(n).toMatch(/vores egen korte beskrivelse, ikke kildens/);
		expect(n).not.toMatch(/er en sammenfatning/i);
	});
});

describe('osteoporose: figures as the sources give them', () => {
	const full = everything(osteoporose[0]!);

	it('vertebral fracture assessment at the scan happens in some cases (000), not often', () => {
		expect(full).toMatch(/i nogle tilfælde[^.]*(rygsøjlen|sammenfald)/i);
		for (const d of osteoporose)
			expect(everything(d)).not.toMatch(/ofte også[^.]*(rygsøjlen|sammenfald)/i);
	});

	it.each(osteoporose)('$id: cascade, treatment effect, calcium and vitamin D', (d) => {
		const text = participantText(d);
		expect(text).toMatch(/op til fem gange[^.\n]*første år|første år[^.\n]*op til fem gange/i);
		expect(text).toMatch(/ti år[^.\n]*dobbelt så høj/i);
		expect(text).not.toMatch(/cirka dobbelt/i);
		expect(text).toMatch(/30-65 %/);
		expect(text).toMatch(/1000 mg kalk/);
		expect(text).toMatch(/800 IE D-vitamin/);
		expect(text).not.toMatch(/bryde kæden/i);
	});
});

describe('manual and passive treatment are not massage', () => {
	it.each(artrose)('$id never equates them with massage', (d) => {
		expect(everything(d)).not.toMatch(/massage/i);
	});

	it.each(artrose)('$id names passive treatment as never the only solution', (d) => {
		expect(everything(d)).toMatch(/passiv behandling[^.]*(aldrig|ikke)[^.]*eneste/i);
	});

	it('artrose-full names manual treatment among the options', () => {
		expect(onSlide(slide(artrose[0]!, 'behandling-muligheder'))).toMatch(/manuel behandling/i);
	});
});

describe('no promises the source does not make', () => {
	it.each(artrose)('$id: surgery is for a few, nobody "never" needs it', (d) => {
		const text = everything(d);
		expect(text).not.toMatch(/aldrig får brug for/i);
		expect(text).not.toMatch(/træning er en af de bedst dokumenterede/i);
		expect(text).not.toMatch(/genoptræningen lettere/i);
	});

	it.each(artrose)('$id: "you can" get less pain, not "you will"', (d) => {
		expect(participantText(d)).not.toMatch(/så får du mindre ondt/i);
	});
});

describe.each(mine)('$id: language', (d) => {
	it('welcomes without a prohibition', () => {
		const welcome = onSlide(slide(d, 'velkommen'));
		expect(welcome).not.toMatch(/men du skal ikke/i);
		expect(welcome).toMatch(/du behøver ikke/i);
	});

	it('lets the plural agree ("Røntgen og MR er sjældent nødvendige")', () => {
		expect(everything(d)).not.toMatch(/røntgen og MR er (kun )?sjældent nødvendigt\b/i);
	});

	it('uses no loan words in the notes', () => {
		expect(everything(d)).not.toMatch(/\bdecket\b|quick fix|\bslide\b|slidet\b|\bokay\b/i);
	});

	it('asks open questions in its dialogue prompts, not yes/no ones', () => {
		const closed = d.slides
			.flatMap((s) => s.prompts)
			.filter((p) =>
				p
					.split(/(?<=\?)\s*/)
					.some((q) => /^(Er|Har|Kender|Ved|Kan|Vil|Skal|Må|Tør|Bruger|Synes|Gør)\s/.test(q.trim()))
			);
		expect(closed).toEqual([]);
	});
});

describe('artrose-full: Danish that reads as whole sentences', () => {
	it('has the plural agreement on the treatment slide', () => {
		expect(onSlide(slide(artrose[0]!, 'behandling-muligheder'))).toMatch(
			/Røntgen og MR er sjældent nødvendige/
		);
	});
});

describe('the preparation guide', () => {
	const guide = JSON.stringify(preparationGuide);
	const section = (id: string) => {
		const found = preparationGuide.sections.find((s) => s.id === id);
		if (!found) throw new Error(`no guide section ${id}`);
		return JSON.stringify(found);
	};
	const da = catalogue.da;

	it('no longer calls shipped features "on the way"', () => {
		expect(guide).not.toMatch(/på vej/i);
	});

	it('tells how to run the dialogue with its timer and short answers', () => {
		const activities = section('aktiviteter');
		for (const label of [da['dialogue.title'], da['dialogue.timer'], da['dialogue.collect']])
			expect(activities).toContain(label);
	});

	it('tells where the two questionnaires are', () => {
		const activities = section('aktiviteter');
		for (const label of [da['add.title'], da['add.template.baseline'], da['add.template.diary']])
			expect(activities).toContain(label);
	});

	it('names the TAK model only as the source does: a conversation tool, and where it is', () => {
		const tak = preparationGuide.sections.find((s) => /TAK-model/.test(JSON.stringify(s)));
		expect(tak).toBeDefined();
		const text = JSON.stringify(tak);
		expect(text).toMatch(/samtaleredskab/);
		expect(text).toContain(
			'https://www.fagperson.hospitalsenhedmidt.dk/siteassets/afdelinger/center-for-planlagt-kirurgi/gammel-side/forskningsenheden/tak-fordi-du-sporger-kursus/tak-model.pdf'
		);
		expect(text).toMatch(/Hospitalsenhed Midt/);
		expect(text).not.toMatch(/står for|består af|bygger på|\btrin\b|faser|T for|A for|K for/i);
	});

	it('follows the source’s list of pedagogical principles, with motivational conversation and curiosity', () => {
		const principles = section('paedagogik');
		for (const heading of [
			'Deltagerinddragelse og aktiv læring',
			'Meningsfuldhed og relevans',
			'Differentiering og individualisering',
			'Tryghed og anerkendelse',
			'Kommunikation og formidling'
		])
			expect(principles).toContain(heading);
		expect(principles).toMatch(/motiverende samtale/i);
		expect(principles).toMatch(/nysgerrighed/i);
	});
});
