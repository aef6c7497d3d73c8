/**
 * The decks restate the sources in our own words: facts and figures carry over, sentences do
 * not. Any run of seven words that a deck shares with a source document is a copied phrase.
 * The sources stay outside the repository; `npm run sources:fingerprint` refreshes their hashes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, fingerprints } from './ownWords';

const decksDir = 'sessions';
const source = new Set<string>(
	JSON.parse(readFileSync('tests/content/source-fingerprints.json', 'utf8')) as string[]
);

describe('deck wording', () => {
	it('has the fingerprints of every source document', () => {
		expect(source.size).toBeGreaterThan(5000);
	});

	it.each(readdirSync(decksDir).filter((f) => f.endsWith('.md')))(
		'%s shares no seven-word run with a source',
		(file) => {
			expect(copiedRuns(file, readFileSync(join(decksDir, file), 'utf8'), source)).toEqual([]);
		}
	);

	it('finds a copied run, whatever its case and punctuation', () => {
		const planted = new Set(fingerprints('Bevægelse dæmper smerter og holder kroppen i funktion.'));
		const deck = 'Intro.\n– BEVÆGELSE dæmper smerter, og holder kroppen i funktion!';
		expect(copiedRuns('x.md', deck, planted)).toEqual([
			'x.md:2: bevægelse dæmper smerter og holder kroppen i',
			'x.md:2: dæmper smerter og holder kroppen i funktion'
		]);
		expect(copiedRuns('x.md', 'Bevægelse dæmper smerten og holder dig i gang.', planted)).toEqual(
			[]
		);
	});
});
