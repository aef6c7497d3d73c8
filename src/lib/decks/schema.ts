/** The validated shape of a deck. Parsing (parse.ts) turns Markdown into this. */
import { z } from 'zod';
import type { SlideMedia } from './media';
import type { Exercise } from './exercise';

export const conditions = [
	'low-back-pain',
	'spinal-stenosis',
	'knee-hip-oa',
	'nerve-root',
	'osteoporosis',
	'general'
] as const;
export const variants = ['FULL', 'PIXI'] as const;
export const topics = [
	'intro',
	'knowledge',
	'prognosis',
	'self-management',
	'pain-mechanisms',
	'treatment',
	'mood',
	'job',
	'closing',
	'general'
] as const;
/** The rows every condition table of the main source has, in its order. */
export const tableTopics = [
	'knowledge',
	'prognosis',
	'self-management',
	'pain-mechanisms',
	'treatment',
	'mood',
	'job'
] as const satisfies readonly (typeof topics)[number][];

export const questionTypes = [
	'scale',
	'agree5',
	'single',
	'multiple',
	'myth-fact',
	'open-text',
	'word-cloud',
	'goal',
	'activity-rating',
	'questionnaire'
] as const;

export type Condition = (typeof conditions)[number];
export type Variant = (typeof variants)[number];
export type Topic = (typeof topics)[number];
export type QuestionType = (typeof questionTypes)[number];

export const frontmatterSchema = z
	.object({
		condition: z.enum(conditions),
		variant: z.enum(variants),
		title: z.string().trim().min(1).max(120),
		language: z.enum(['da', 'en']),
		sources: z.array(z.string().trim().min(1)).min(1),
		/**
		 * The deck must carry the red flags in a `:::safety` block; checked when it is parsed, so
		 * a deck that promises them can never be served without them.
		 */
		'red-flags': z.literal('required', 'the only value is "required"').optional()
	})
	.strict();
/** Conditions whose decks must declare `red-flags: required`: the source lists red flags for them. */
export const redFlagConditions: readonly Condition[] = ['nerve-root'];
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Slide and question ids: written by people, read in URLs, logs and exports. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const id = z.string().regex(ID_PATTERN, 'an id uses lowercase letters, digits and "-"');
const label = z.string().trim().min(1).max(80);
const text = z.string().trim().min(1, 'the question needs its text').max(500);

/** Built-in pictures a slide can show next to its text (drawn by the app, not loaded). */
export const figures = [
	't-score',
	'progression-ladder',
	'pain-alarm',
	'nerve-root',
	'stenosis-canal',
	'knee-lever',
	'fracture-cascade',
	'strong-steady-straight',
	'osteoporosis-pathway'
] as const;
export type Figure = (typeof figures)[number];

export const slideAttributesSchema = z
	.object({
		id,
		topic: z.enum(topics),
		source: z.string().trim().min(3, 'name the source section, e.g. "004 › Prognose"'),
		figure: z.enum(figures).optional()
	})
	.strict();

const scaleInt = z.coerce.number().int().min(0).max(100);
/** What the presenter should do when an answer alerts: shown in the console beside the alert. */
const advice = z.string().trim().min(1).max(300).optional();
const noOptions = z.array(z.string()).max(0, 'this question type takes no options');
const base = { id, text, line: z.number() };

export const questionSchema = z.discriminatedUnion('type', [
	z
		.object({
			...base,
			type: z.literal('scale'),
			min: scaleInt.default(0),
			max: scaleInt.default(10),
			'min-label': label,
			'max-label': label,
			'alert-at': scaleInt.optional(),
			'alert-advice': advice,
			options: noOptions
		})
		.strict()
		.refine(
			(q) => q.max > q.min && q.max - q.min <= 20,
			'max must be above min (at most 20 steps)'
		),
	z.object({ ...base, type: z.literal('agree5'), options: noOptions }).strict(),
	z
		.object({
			...base,
			type: z.enum(['single', 'multiple']),
			options: z.array(label).min(2, 'a choice question needs at least two options').max(8),
			/** Options (counted from 1) that give the presenter a discreet alert, e.g. a red-flag symptom. */
			'alert-options': z
				.string()
				.regex(/^\d+(\s*,\s*\d+)*$/, 'list option numbers, e.g. "2, 4"')
				.transform((list) => list.split(',').map((n) => Number(n.trim()) - 1))
				.optional(),
			'alert-advice': advice
		})
		.strict(),
	z
		.object({
			...base,
			type: z.literal('myth-fact'),
			answer: z.enum(['myth', 'fact']),
			explanation: z.string().trim().min(1).max(400),
			options: noOptions
		})
		.strict(),
	z
		.object({
			...base,
			type: z.enum(['open-text', 'word-cloud', 'goal', 'activity-rating']),
			options: noOptions
		})
		.strict(),
	z
		.object({
			...base,
			type: z.literal('questionnaire'),
			'min-label': label,
			'max-label': label,
			options: z.array(label).min(1, 'a questionnaire needs at least one item as "- item"').max(20)
		})
		.strict()
]);
export type Question = z.infer<typeof questionSchema>;

/** A `:::safety` block. In a deck that declares `red-flags: required` it is a red flag. */
export type SafetyBlock = {
	html: string;
	text: string;
	/** Shown with the clinic's out-of-hours line ("Ring til lægevagten …"). */
	redFlag: boolean;
};
/** What every surface needs to draw a safety block. */
export type SafetyView = Pick<SafetyBlock, 'html' | 'redFlag'>;

export type Slide = {
	id: string;
	figure?: Figure;
	/** The clinic's own picture or film, from the `media/` folder beside the decks. */
	media?: SlideMedia;
	/** Something the group does together on this slide (at most one per slide). */
	exercise?: Exercise;
	title: string;
	topic: Topic;
	source: string;
	line: number;
	html: string;
	/** Plain participant text, for readability measures and handouts. */
	text: string;
	safety: SafetyBlock[];
	notesHtml: string;
	prompts: string[];
	glossary: { term: string; html: string }[];
	questions: Question[];
};

export type Deck = Frontmatter & { id: string; file: string; slides: Slide[] };

export type DeckError = { file: string; line: number; message: string };

export function formatDeckError(error: DeckError): string {
	return `${error.file}:${error.line}: ${error.message}`;
}
