/**
 * The osteoarthritis and osteoporosis decks' exercises: each kind the condition calls for, traced
 * to its source section, safe for a mixed group (support, no breath holding, a stop rule) and
 * with an alert that says what the deck says about contacting the doctor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Exercise } from '../../src/lib/decks/exercise';
import type { Slide } from '../../src/lib/decks/schema';

type Found = { slide: Slide; exercise: Exercise };

function exercisesOf(id: string): Found[] {
	const file = `sessions/${id}.md`;
	const result = parseDeck(file, readFileSync(file));
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.deck.slides.flatMap((slide) =>
		slide.exercise ? [{ slide, exercise: slide.exercise }] : []
	);
}

function find(id: string, exerciseId: string): Found {
	const found = exercisesOf(id).find((e) => e.exercise.id === exerciseId);
	if (!found) throw new Error(`${id} has no exercise ${exerciseId}`);
	return found;
}

const steps = (e: Found) => e.exercise.steps.join('\n');

describe('artrose: relaxation and sit-to-stand', () => {
	it('artrose-full has a relaxation with a breathing pace, traced to the activity types', () => {
		const relax = find('artrose-full', 'rolig-vejrtraekning');
		expect(relax.exercise.pace).toEqual({ inS: 4, outS: 6 });
		expect(relax.slide.source).toMatch(/^004 › .*Aktivitetstyper.*afspænding/);
		expect(relax.exercise.notesHtml).toMatch(/holde vejret/);
	});

	it.each(['artrose-full', 'artrose-pixi'])(
		'%s: sit-to-stand from the table’s advice, with arm support, a higher seat and the sharp-pain rule',
		(id) => {
			const sts = find(id, 'rejse-saette-sig');
			expect(sts.slide.source).toMatch(
				/^004 › Artrose i knæ\/hofte \((FULL|PIXI)\) › Behandlingsmuligheder/
			);
			expect(steps(sts)).toMatch(/armlæn/);
			expect(steps(sts)).toMatch(/skarpt ondt[^.]*stop/);
			expect(sts.exercise.notesHtml).toMatch(/højere stol/);
			// The deck's own pain threshold (the opening pain question alerts from 8).
			expect(sts.exercise.checkIn?.alertAt).toBe(8);
		}
	);
});

describe('osteoporose: Steady and Straight near a support', () => {
	const doctor = /pludselig[^.]*stærke smerter i ryggen[^.]*læge/;

	it.each(['osteoporose-full', 'osteoporose-pixi'])(
		'%s: balance behind a chair, from Stabil, respecting the acute phase',
		(id) => {
			const balance = find(id, 'balance-ved-stolen');
			expect(balance.slide.source).toMatch(/^001 › .*Stabil/);
			expect(steps(balance)).toMatch(/hold fat[^.]*begge hænder/i);
			expect(balance.exercise.notesHtml).toMatch(
				/akutfasen[^.]*funktionsbegrænset[^.]*forsigtigt|funktionsbegrænset[^.]*forsigtigt[^.]*akutfasen/
			);
			expect(balance.exercise.checkIn?.alertAdvice).toMatch(doctor);
		}
	);

	it('osteoporose-full: an upright-posture exercise from Strakt, without deep forward bending', () => {
		const posture = find('osteoporose-full', 'rank-ryg');
		expect(posture.slide.source).toMatch(/^001 › .*Strakt/);
		expect(steps(posture)).toMatch(/træk vejret roligt/i);
		expect(steps(posture)).toMatch(/Bøj ikke ryggen langt frem/);
		expect(posture.exercise.checkIn?.alertAdvice).toMatch(doctor);
	});

	it('osteoporose-full: a relaxation with a pace and the back-pain advice', () => {
		const relax = find('osteoporose-full', 'rolig-vejrtraekning');
		expect(relax.exercise.pace).not.toBeNull();
		expect(relax.slide.source).toMatch(/^004 › .*afspænding/);
		expect(relax.exercise.checkIn?.alertAdvice).toMatch(doctor);
	});
});
