/** A deck with one question of every type, for the question tests. */
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck } from '../../src/lib/decks/schema';

const questions = [
	[
		'smerte',
		'scale',
		['min-label: Ingen', 'max-label: Værst', 'alert-at: 8'],
		'Hvor ondt gør det?',
		[]
	],
	['enig', 'agree5', [], 'Bevægelse hjælper.', []],
	[
		'et-svar',
		'single',
		['alert-options: 3'],
		'Hvad gør du?',
		['Hviler', 'Går en tur', 'Ringer til lægen']
	],
	['flere', 'multiple', [], 'Hvad hjælper?', ['Varme', 'Gåture', 'Hvile', 'Træning']],
	[
		'myte',
		'myth-fact',
		['answer: myth', 'explanation: Smerte kan komme fra et følsomt nervesystem.'],
		'Smerte betyder skade.',
		[]
	],
	['tekst', 'open-text', [], 'Hvad vil du spørge om?', []],
	['ord', 'word-cloud', [], 'Ét ord for din ryg?', []],
	['maal', 'goal', [], 'Hvad vil du gøre?', []],
	['aktivitet', 'activity-rating', [], 'Hvilken aktivitet er svær?', []],
	[
		'profil',
		'questionnaire',
		['min-label: Slet ikke', 'max-label: Meget'],
		'Smerteprofil',
		['Nu', 'Værst', 'Søvn']
	]
] as const;

export const ALL_TYPES_DECK = [
	'---',
	'condition: general',
	'variant: FULL',
	'title: Alle typer',
	'language: da',
	"sources: ['test']",
	'---',
	'',
	'## Spørgsmål',
	'id: spoergsmaal',
	'topic: general',
	'source: test › 1',
	'',
	'Alle typer.',
	'',
	...questions.flatMap(([id, type, attributes, text, options]) => [
		':::question',
		`id: ${id}`,
		`type: ${type}`,
		...attributes,
		'',
		text,
		...options.map((o) => `- ${o}`),
		':::',
		''
	])
].join('\n');

export function allTypesDeck(): Deck {
	const parsed = parseDeck('all-types.md', ALL_TYPES_DECK);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
	return parsed.deck;
}
