// Starts the production server for the end-to-end tests on a fresh, empty data folder, with the
// shipped decks plus one broken deck, to show that a broken file never takes the others down.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const dataDir = 'test-results/e2e-data';
const decksDir = 'test-results/e2e-decks';
rmSync(dataDir, { recursive: true, force: true });
rmSync(decksDir, { recursive: true, force: true });
mkdirSync(decksDir, { recursive: true });
cpSync('sessions', decksDir, { recursive: true });
writeFileSync(
	`${decksDir}/broken.md`,
	[
		'---',
		'condition: general',
		'variant: FULL',
		'title: Broken',
		'language: da',
		"sources: ['test']",
		'---',
		'',
		'## Slide',
		'id: one',
		'topic: general',
		'source: test › 1',
		'',
		':::video',
		':::',
		''
	].join('\n')
);
process.env.DATA_DIR = dataDir;
process.env.DECKS_DIR = decksDir;
await import('../server.js');
