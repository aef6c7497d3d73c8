import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeckLibrary } from './decks';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function deckDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'forsta-decks-'));
	dirs.push(dir);
	cpSync('sessions', dir, { recursive: true });
	return dir;
}

describe('the deck library', () => {
	it('loads every shipped deck', () => {
		const library = loadDeckLibrary('sessions', () => undefined);
		expect(library.errors).toEqual([]);
		expect(library.decks.map((d) => d.id)).toEqual(
			expect.arrayContaining(['laenderyg-full', 'laenderyg-pixi'])
		);
		expect(library.get('laenderyg-full')?.variant).toBe('FULL');
	});

	it('refuses a broken deck, logs its file and line, and keeps serving the others', () => {
		const dir = deckDir();
		writeFileSync(
			join(dir, 'broken.md'),
			[
				'---',
				'condition: low-back-pain',
				'variant: FULL',
				'title: Broken',
				'language: da',
				"sources: ['x']",
				'---',
				'',
				'## Slide',
				'id: one',
				'topic: knowledge',
				'source: test › 1',
				'',
				':::video',
				'x',
				':::',
				''
			].join('\n')
		);
		const log: string[] = [];
		const library = loadDeckLibrary(dir, (line) => log.push(line));
		expect(library.get('broken')).toBeUndefined();
		expect(library.get('laenderyg-full')).toBeDefined();
		expect(library.get('laenderyg-pixi')).toBeDefined();
		expect(library.errors).toEqual([
			expect.objectContaining({
				line: 14,
				message: expect.stringContaining('unknown block ":::video"')
			})
		]);
		expect(log.join('\n')).toMatch(/broken\.md:14: unknown block ":::video"/);
	});

	it('survives a missing deck folder', () => {
		const log: string[] = [];
		const library = loadDeckLibrary(join(tmpdir(), 'forsta-no-such-folder'), (line) =>
			log.push(line)
		);
		expect(library.decks).toEqual([]);
		expect(log[0]).toMatch(/No deck folder/);
	});
});
