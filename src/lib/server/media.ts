/**
 * The clinic's pictures and films in `media/` beside the decks: checked when a deck loads, and
 * served from our own origin with their type, a cache validator and byte ranges for films.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
	extensionOf,
	MEDIA_LIMITS,
	MEDIA_TYPES,
	mediaFiles,
	mediaKind,
	type MediaExtension
} from '../decks/media';
import type { Deck, DeckError } from '../decks/schema';

export type MediaFile = { path: string; size: number; type: string; modified: number };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a media path cannot be shown, or the file behind it. */
export function findMedia(decksDir: string, path: string): MediaFile | { problem: string } {
	const kind = mediaKind(path);
	if (!kind || path.split('/').some((part) => part === '..' || part === ''))
		return { problem: 'not a picture or a film of ours' };
	let real: string;
	let root: string;
	try {
		root = realpathSync(join(decksDir, 'media'));
		real = realpathSync(join(decksDir, path));
	} catch {
		return { problem: `"${path}" is not in the media folder` };
	}
	// A link out of the folder is no file of ours.
	if (relative(root, real).startsWith('..') || !real.startsWith(root + sep))
		return { problem: `"${path}" is not in the media folder` };
	const stat = statSync(real);
	if (!stat.isFile()) return { problem: `"${path}" is not a file` };
	if (stat.size > MEDIA_LIMITS[kind])
		return {
			problem: `"${path}" is ${megabytes(stat.size)}; a ${kind === 'image' ? 'picture' : 'film'} may be at most ${megabytes(MEDIA_LIMITS[kind])}`
		};
	return {
		path: real,
		size: stat.size,
		type: MEDIA_TYPES[extensionOf(path) as MediaExtension],
		modified: stat.mtimeMs
	};
}

/** Every picture and film the deck shows must be there and within its limit. */
export function checkDeckMedia(deck: Deck, decksDir: string): DeckError[] {
	return deck.slides.flatMap((slide) =>
		(slide.media ? mediaFiles(slide.media) : []).flatMap(({ path, line }) => {
			const found = findMedia(decksDir, path);
			return 'problem' in found
				? [{ file: deck.file, line, message: `media: ${found.problem}` }]
				: [];
		})
	);
}
