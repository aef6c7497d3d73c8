// npm run decks:check — validates every deck under sessions/ (or the folder given) and prints one
// line per deck. Exits non-zero on any error, naming file:line and what was expected.
import { readdirSync } from 'node:fs';
import { formatDeckError } from '../src/lib/decks/schema';
import { loadDeckFile } from '../src/lib/server/decks';
import { deckStats, lixLimit } from '../src/lib/decks/stats';

const dir = process.argv[2] ?? 'sessions';
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.sort();
const rows: string[][] = [
	[
		'deck',
		'condition',
		'variant',
		'slides',
		'questions',
		'prompts',
		'safety',
		'figures',
		'media',
		'exercises',
		'words',
		'LIX'
	]
];
const problems: string[] = [];

for (const name of files) {
	const result = loadDeckFile(dir, name);
	if (!result.ok) {
		problems.push(...result.errors.map(formatDeckError));
		rows.push([name.replace(/\.md$/, ''), 'ERROR', ...rows[0]!.slice(2).map(() => '')]);
		continue;
	}
	const { deck } = result;
	const stats = deckStats(deck);
	if (!stats.withinLimit) {
		problems.push(
			`${deck.file}:1: participant text has LIX ${stats.readability.lix}; a ${deck.variant} deck must be at most ${lixLimit[deck.variant]}`
		);
	}
	rows.push([
		deck.id,
		deck.condition,
		deck.variant,
		String(stats.slides),
		String(stats.questions),
		String(stats.prompts),
		String(stats.safety),
		String(stats.figures),
		String(stats.media),
		String(stats.exercises),
		String(stats.readability.words),
		stats.readability.lix.toFixed(1)
	]);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
	console.log(
		row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
	);
if (files.length === 0) problems.push(`${dir}: no deck files (*.md) found`);
if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s):`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(`\n${files.length} decks OK`);
