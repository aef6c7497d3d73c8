/** Loads every deck under sessions/. A broken deck is logged and left out; the rest still serve. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDeck } from '../decks/parse';
import { formatDeckError, type Deck, type DeckError } from '../decks/schema';

export type DeckLibrary = {
	decks: Deck[];
	errors: DeckError[];
	get(id: string): Deck | undefined;
};

export function loadDeckLibrary(
	dir: string,
	log: (line: string) => void = console.error
): DeckLibrary {
	const decks: Deck[] = [];
	const errors: DeckError[] = [];
	let files: string[] = [];
	try {
		files = readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.sort();
	} catch {
		log(`No deck folder at ${dir}`);
	}
	for (const name of files) {
		const file = relative(process.cwd(), join(dir, name)) || name;
		const result = parseDeck(file, readFileSync(join(dir, name)));
		if (result.ok) decks.push(result.deck);
		else {
			errors.push(...result.errors);
			log(
				`Deck ${file} was not loaded:\n${result.errors.map((e) => '  ' + formatDeckError(e)).join('\n')}`
			);
		}
	}
	const byId = new Map(decks.map((d) => [d.id, d]));
	return { decks, errors, get: (id) => byId.get(id) };
}
