/** Loads every deck under sessions/. A broken deck is logged and left out; the rest still serve. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDeck } from '../decks/parse';
import { formatDeckError, type Deck, type DeckError } from '../decks/schema';
import { checkDeckMedia } from './media';

export type LoadedDeck =
	{ ok: true; deck: Deck } | { ok: false; file: string; errors: DeckError[] };

/** One deck file, parsed, with the pictures and films it shows checked on disk. */
export function loadDeckFile(dir: string, name: string): LoadedDeck {
	const file = relative(process.cwd(), join(dir, name)) || name;
	const result = parseDeck(file, readFileSync(join(dir, name)));
	if (!result.ok) return { ok: false, file, errors: result.errors };
	const errors = checkDeckMedia(result.deck, dir);
	return errors.length > 0 ? { ok: false, file, errors } : result;
}

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
		const result = loadDeckFile(dir, name);
		if (result.ok) decks.push(result.deck);
		else {
			errors.push(...result.errors);
			log(
				`Deck ${result.file} was not loaded:\n${result.errors.map((e) => '  ' + formatDeckError(e)).join('\n')}`
			);
		}
	}
	const byId = new Map(decks.map((d) => [d.id, d]));
	return { decks, errors, get: (id) => byId.get(id) };
}
