import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mediaView } from './media';
import { parseDeck } from './parse';
import { formatDeckError } from './schema';

/** A one-slide deck whose slide holds the given block lines; the block opens on line 14. */
function deckWith(...block: string[]) {
	const source = [
		'---',
		'condition: general',
		'variant: PIXI',
		'title: Billeder',
		'language: da',
		"sources: ['Klinikken']",
		'---',
		'',
		'## Stolen',
		'id: stolen',
		'topic: intro',
		'source: Klinikken › Stolen',
		'',
		...block
	].join('\n');
	return parseDeck('sessions/billeder.md', source);
}

const errorsOf = (result: ReturnType<typeof deckWith>) =>
	result.ok ? [] : result.errors.map(formatDeckError);

describe('a :::media block', () => {
	it('puts a picture with its text alternative on the slide', () => {
		const result = deckWith(':::media', 'file: media/stol.jpg', 'alt: En stol uden armlæn', ':::');
		expect(result.ok && result.deck.slides[0]!.media).toEqual({
			kind: 'image',
			file: 'media/stol.jpg',
			alt: 'En stol uden armlæn',
			line: 14
		});
	});

	it('gives a film its caption, still and captions, as addresses on our own origin', () => {
		const result = deckWith(
			':::media',
			'file: media/film/rejse-sig.mp4',
			'alt: En kvinde rejser sig fra en stol',
			'caption: Rejs dig i dit eget tempo',
			'poster: media/film/rejse-sig.jpg',
			'captions: media/film/rejse-sig.vtt',
			':::'
		);
		const media = result.ok ? result.deck.slides[0]!.media : undefined;
		expect(media?.kind).toBe('video');
		expect(media && mediaView(media)).toEqual({
			kind: 'video',
			src: '/media/film/rejse-sig.mp4',
			alt: 'En kvinde rejser sig fra en stol',
			caption: 'Rejs dig i dit eget tempo',
			poster: '/media/film/rejse-sig.jpg',
			captions: '/media/film/rejse-sig.vtt'
		});
	});

	it('lets a film without speech go without captions when the deck says so', () => {
		const result = deckWith(
			':::media',
			'file: media/hav.webm',
			'alt: Bølger ved en strand',
			'caption: Rolige bølger',
			'sound: none',
			':::'
		);
		expect(errorsOf(result)).toEqual([]);
	});

	it.each([
		[
			'a picture without its text alternative',
			['file: media/stol.jpg'],
			'sessions/billeder.md:14: media: missing "alt"'
		],
		[
			'an empty text alternative',
			['file: media/stol.jpg', 'alt:'],
			'sessions/billeder.md:16: media: "alt": describe what it shows'
		],
		[
			'a film without a caption',
			['file: media/film.mp4', 'alt: En film', 'sound: none'],
			'sessions/billeder.md:14: media: "caption": a film needs a caption: what it shows, in a line'
		],
		[
			'a film with speech but no captions',
			['file: media/film.mp4', 'alt: En film', 'caption: Filmen'],
			'sessions/billeder.md:14: media: "captions": a film needs captions for what is said ("captions: media/….vtt"), or "sound: none" when nothing is said'
		],
		[
			'a path out of the media folder',
			['file: media/../server.key', 'alt: Nøglen'],
			'sessions/billeder.md:15: media: "file": a file under media/, e.g. "media/rejse-sig.jpg" (no spaces, no "..")'
		],
		[
			'a file of another type',
			['file: media/side.html', 'alt: En side'],
			'sessions/billeder.md:15: media: "file": a picture (png, jpg, jpeg, webp, svg) or a film (mp4, webm)'
		],
		[
			'a film as a poster',
			['file: media/a.mp4', 'alt: A', 'caption: A', 'sound: none', 'poster: media/b.mp4'],
			'sessions/billeder.md:19: media: "poster": a picture: png, jpg, jpeg, webp, svg'
		],
		[
			'an unknown field',
			['file: media/stol.jpg', 'alt: En stol', 'autoplay: yes'],
			'sessions/billeder.md:17: media: unknown field "autoplay"'
		]
	])('refuses %s, naming file and line', (_name, body, expected) => {
		expect(errorsOf(deckWith(':::media', ...body, ':::'))).toContain(expected);
	});

	it('refuses a second picture on one slide', () => {
		const block = [':::media', 'file: media/a.png', 'alt: A', ':::'];
		expect(errorsOf(deckWith(...block, '', ...block))).toContain(
			'sessions/billeder.md:19: a slide shows one picture or film; this one has one on line 14'
		);
	});
});

describe('the deck format documentation', () => {
	it("has a film example that parses into the slide's media", () => {
		const doc = readFileSync('docs/deck-format.md', 'utf8');
		const example = /```markdown media\n([\s\S]*?)\n```/.exec(doc)?.[1];
		expect(example).toBeDefined();
		const result = deckWith(...example!.split('\n').slice(5));
		expect(errorsOf(result)).toEqual([]);
		expect(result.ok && result.deck.slides[0]!.media).toMatchObject({
			kind: 'video',
			file: 'media/rejse-sig.mp4',
			captions: 'media/rejse-sig.vtt'
		});
	});
});
