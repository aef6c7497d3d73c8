import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../decks/media';
import { byteRange } from './byteRange';
import { loadDeckLibrary } from './decks';
import { findMedia } from './media';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A decks folder with a media folder holding the given files (name → bytes). */
function decksDir(files: Record<string, number> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'forsta-media-'));
	dirs.push(dir);
	mkdirSync(join(dir, 'media'));
	for (const [name, size] of Object.entries(files)) {
		writeFileSync(join(dir, 'media', name), '');
		truncateSync(join(dir, 'media', name), size);
	}
	return dir;
}

function deck(name: string, ...media: string[]) {
	return [
		'---',
		'condition: general',
		'variant: PIXI',
		`title: ${name}`,
		'language: da',
		"sources: ['Klinikken']",
		'---',
		'',
		'## Et billede',
		'id: billede',
		'topic: intro',
		'source: Klinikken › Billedet',
		'',
		':::media',
		...media,
		':::',
		''
	].join('\n');
}

describe('findMedia', () => {
	it('finds a file of the media folder with its type and size', () => {
		const dir = decksDir({ 'stol.png': 1200 });
		expect(findMedia(dir, 'media/stol.png')).toMatchObject({ size: 1200, type: 'image/png' });
	});

	it.each([
		['a missing file', 'media/ingen.png', '"media/ingen.png" is not in the media folder'],
		['a way out of the folder', 'media/../secret.png', 'not a picture or a film of ours'],
		['another type of file', 'media/side.html', 'not a picture or a film of ours']
	])('refuses %s', (_name, path, problem) => {
		expect(findMedia(decksDir(), path)).toEqual({ problem });
	});

	it('refuses a link that leads out of the media folder', () => {
		const dir = decksDir();
		writeFileSync(join(dir, 'secret.png'), 'not for the web');
		symlinkSync(join(dir, 'secret.png'), join(dir, 'media', 'link.png'));
		expect(findMedia(dir, 'media/link.png')).toEqual({
			problem: '"media/link.png" is not in the media folder'
		});
	});

	it('refuses a picture over its size limit', () => {
		const dir = decksDir({ 'stor.jpg': MEDIA_LIMITS.image + 1024 * 1024 });
		expect(findMedia(dir, 'media/stor.jpg')).toEqual({
			problem: '"media/stor.jpg" is 6.0 MB; a picture may be at most 5.0 MB'
		});
	});
});

describe('a deck with media, when the library loads', () => {
	it('is left out, naming file and line, when a file is missing; the other decks load', () => {
		const dir = decksDir({ 'stol.png': 100 });
		writeFileSync(join(dir, 'a-god.md'), deck('God', 'file: media/stol.png', 'alt: En stol'));
		writeFileSync(join(dir, 'b-mangler.md'), deck('Mangler', 'file: media/vaek.png', 'alt: Væk'));
		const logged: string[] = [];
		const library = loadDeckLibrary(dir, (line) => logged.push(line));
		expect(library.decks.map((d) => d.title)).toEqual(['God']);
		expect(library.errors).toEqual([
			{
				file: expect.stringMatching(/b-mangler\.md$/),
				line: 14,
				message: 'media: "media/vaek.png" is not in the media folder'
			}
		]);
		expect(logged.join('\n')).toContain('b-mangler.md:14: media: "media/vaek.png"');
	});

	it("checks a film's still and captions too", () => {
		const dir = decksDir({ 'film.webm': 100, 'film.vtt': 10 });
		const media = [
			'file: media/film.webm',
			'alt: En film',
			'caption: Filmen',
			'captions: media/film.vtt',
			'poster: media/still.png'
		];
		writeFileSync(join(dir, 'film.md'), deck('Film', ...media));
		const library = loadDeckLibrary(dir, () => undefined);
		expect(library.errors.map((e) => e.message)).toEqual([
			'media: "media/still.png" is not in the media folder'
		]);
	});
});

describe('byteRange', () => {
	it.each([
		[null, null],
		['bytes=0-99', { start: 0, end: 99 }],
		['bytes=100-', { start: 100, end: 999 }],
		['bytes=-100', { start: 900, end: 999 }],
		['bytes=900-5000', { start: 900, end: 999 }],
		['bytes=1000-', 'unsatisfiable'],
		['bytes=50-10', 'unsatisfiable'],
		['bytes=0-1,5-9', null],
		['items=0-1', null]
	])('reads %s of a 1,000-byte file', (header, expected) => {
		expect(byteRange(header, 1000)).toEqual(expected);
	});
});
