// Starts the production server for the end-to-end tests on a fresh, empty data folder, with the
// shipped decks plus one broken deck, to show that a broken file never takes the others down.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dataDir = 'test-results/e2e-data';
const decksDir = 'test-results/e2e-decks';
rmSync(dataDir, { recursive: true, force: true });
rmSync(decksDir, { recursive: true, force: true });
mkdirSync(decksDir, { recursive: true });
cpSync('sessions', decksDir, { recursive: true });
// A clinic's own picture and film, beside the decks as a clinic would place them.
cpSync('tests/fixtures/media', `${decksDir}/media`, { recursive: true });
cpSync('tests/fixtures/media-deck.md', `${decksDir}/media-deck.md`);
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
// A deck whose every field carries hostile markup, for the XSS tests.
const payloads = JSON.parse(readFileSync('tests/support/xss-payloads.json', 'utf8'));
const oneLine = (text) => text.replace(/[\t\n]/g, ' ');
writeFileSync(
	`${decksDir}/xss.md`,
	[
		'---',
		'condition: general',
		'variant: FULL',
		`title: ${JSON.stringify(payloads[0])}`,
		'language: da',
		`sources: ${JSON.stringify(payloads.slice(0, 3))}`,
		'---',
		'',
		`## ${oneLine(payloads[1])}`,
		'id: xss',
		'topic: general',
		`source: ${oneLine(payloads[2])}`,
		'',
		...payloads.map((p) => `- ${oneLine(p)}`),
		'',
		':::notes',
		...payloads.map(oneLine),
		':::',
		'',
		':::prompt',
		oneLine(payloads[3]),
		':::',
		'',
		':::safety',
		oneLine(payloads[4]),
		':::',
		'',
		':::question',
		'id: xss-choice',
		'type: single',
		'',
		oneLine(payloads[5]),
		...payloads.slice(6, 12).map((p) => `- ${oneLine(p).slice(0, 80)}`),
		':::',
		''
	].join('\n')
);
process.env.DATA_DIR = dataDir;
// The browser tests start far more sessions from one address than a clinic does in an hour.
process.env.SESSIONS_PER_HOUR ||= '10000';
// The tests drop a page's socket through window.__forsta, which production pages do not expose.
process.env.FORSTA_TEST_HOOKS = '1';
process.env.DECKS_DIR = decksDir;
await import('../server.js');
