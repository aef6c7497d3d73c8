/**
 * The clinic's own pictures and films, placed beside the decks under `media/` and shown on a
 * slide by a `:::media` block. Every picture needs its text alternative, every film a caption
 * too; the server checks that the file is there and within its size before the deck is served.
 */
import { z } from 'zod';
import { ATTRIBUTE, type Block } from './blocks';
import { describeIssue, issueKey, type Fail } from './issues';

/** The file types a slide may show, with the type the server sends them as. */
export const MEDIA_TYPES = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	svg: 'image/svg+xml',
	mp4: 'video/mp4',
	webm: 'video/webm',
	vtt: 'text/vtt'
} as const;
export type MediaExtension = keyof typeof MEDIA_TYPES;

const IMAGE = ['png', 'jpg', 'jpeg', 'webp', 'svg'] as const;
const VIDEO = ['mp4', 'webm'] as const;

/** Large enough for a photo or a few minutes of film; small enough for a clinic's Wi-Fi. */
export const MEDIA_LIMITS = {
	image: 5 * 1024 * 1024,
	video: 100 * 1024 * 1024,
	captions: 1024 * 1024
} as const;
export type MediaKind = keyof typeof MEDIA_LIMITS;

/** `media/` and a name of letters, digits, `-`, `_` and `.`, in sub-folders if wanted. */
const MEDIA_PATH = /^media\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function extensionOf(path: string): string {
	return path.slice(path.lastIndexOf('.') + 1).toLowerCase();
}

export function mediaKind(path: string): MediaKind | null {
	const ext = extensionOf(path);
	if ((IMAGE as readonly string[]).includes(ext)) return 'image';
	if ((VIDEO as readonly string[]).includes(ext)) return 'video';
	if (ext === 'vtt') return 'captions';
	return null;
}

const kindWords = {
	shown: `a picture (${IMAGE.join(', ')}) or a film (${VIDEO.join(', ')})`,
	image: `a picture: ${IMAGE.join(', ')}`,
	captions: 'captions as WebVTT: a .vtt file'
};

const mediaFile = (wanted: keyof typeof kindWords) =>
	z
		.string()
		.trim()
		.regex(MEDIA_PATH, 'a file under media/, e.g. "media/rejse-sig.jpg" (no spaces, no "..")')
		.refine((path) => {
			const kind = mediaKind(path);
			return wanted === 'shown' ? kind === 'image' || kind === 'video' : kind === wanted;
		}, kindWords[wanted]);

const mediaSchema = z
	.object({
		file: mediaFile('shown'),
		/** What the picture or the film shows, for those who cannot see it. */
		alt: z.string().trim().min(1, 'describe what it shows').max(300),
		caption: z.string().trim().min(1).max(200).optional(),
		/** A still shown before a film plays, and on the phones instead of the film. */
		poster: mediaFile('image').optional(),
		/** Captions for what is said in a film (WebVTT); or `sound: none` for a film without speech. */
		captions: mediaFile('captions').optional(),
		sound: z.literal('none', 'only "sound: none", for a film without speech').optional()
	})
	.strict()
	.superRefine((media, context) => {
		if (mediaKind(media.file) !== 'video') {
			for (const key of ['poster', 'captions', 'sound'] as const)
				if (media[key])
					context.addIssue({ code: 'custom', path: [key], message: `only a film has "${key}"` });
			return;
		}
		if (!media.captions && !media.sound)
			context.addIssue({
				code: 'custom',
				path: ['captions'],
				message:
					'a film needs captions for what is said ("captions: media/….vtt"), or "sound: none" when nothing is said'
			});
		if (!media.caption)
			context.addIssue({
				code: 'custom',
				path: ['caption'],
				message: 'a film needs a caption: what it shows, in a line'
			});
	});

export type SlideMedia = z.infer<typeof mediaSchema> & { kind: 'image' | 'video'; line: number };

/** The files a deck's media refer to, each with the line that names it. */
export function mediaFiles(media: SlideMedia): { path: string; line: number }[] {
	return [media.file, media.poster, media.captions]
		.filter((path): path is string => !!path)
		.map((path) => ({
			path,
			line: media.line
		}));
}

/** A `:::media` block: `file:`, `alt:`, and for a film `caption:` (and `poster:` if wanted). */
export function buildMedia(block: Block, fail: Fail): SlideMedia | null {
	const attributes: Record<string, string> = {};
	const lines = new Map<string, number>();
	for (const { text, line } of block.lines) {
		const trimmed = text.trim();
		if (trimmed === '') continue;
		const match = ATTRIBUTE.exec(trimmed);
		if (!match) {
			fail(
				line,
				'a media block holds only "file:", "alt:", "caption:", "poster:", "captions:" and "sound:" lines'
			);
			return null;
		}
		attributes[match[1]!] = match[2]!.trim();
		lines.set(match[1]!, line);
	}
	const parsed = mediaSchema.safeParse(attributes);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			fail(lines.get(issueKey(issue)) ?? block.line, `media: ${describeIssue(issue, attributes)}`);
		return null;
	}
	const kind = mediaKind(parsed.data.file) === 'video' ? 'video' : 'image';
	return { ...parsed.data, kind, line: block.line };
}

/** What a page needs to show a slide's picture or film: addresses on our own origin. */
export type MediaView = {
	kind: 'image' | 'video';
	src: string;
	alt: string;
	caption?: string;
	poster?: string;
	captions?: string;
};

export function mediaView({ kind, file, alt, caption, poster, captions }: SlideMedia): MediaView {
	return {
		kind,
		src: `/${file}`,
		alt,
		...(caption ? { caption } : {}),
		...(poster ? { poster: `/${poster}` } : {}),
		...(captions ? { captions: `/${captions}` } : {})
	};
}
