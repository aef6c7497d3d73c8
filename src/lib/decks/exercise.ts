/**
 * The `:::exercise` block: something the group does together, with numbered steps for the
 * participants, notes for the physiotherapist and a timer (one duration, or work/rest/rounds).
 */
import { z } from 'zod';
import { ATTRIBUTE, type Block } from './blocks';
import { describeIssue, issueKey, type Fail } from './issues';
import { renderMarkdown } from './render';
import { ID_PATTERN } from './schema';
import type { Timing } from './timing';

export { totalMs, type Timing } from './timing';

/** A breathing rhythm: seconds breathing in, seconds breathing out. */
export type Pace = { inS: number; outS: number };

export type Exercise = {
	id: string;
	name: string;
	line: number;
	/** Short steps in the participants' words, shown one at a time on the TV and the phones. */
	steps: string[];
	/** Adaptations and what to watch for; shown only in the console. */
	notesHtml: string;
	timing: Timing;
	pace: Pace | null;
	/** The check-in after the exercise, when the deck asks for one; pain from `alertAt` alerts. */
	checkIn: { alertAt: number | null; alertAdvice: string | null } | null;
};

const MIN_MS = 5_000;
const MAX_MS = 60 * 60_000;

/** `90 s`, `2 min`, `1 min 30 s` → milliseconds; null when it is not a time. */
export function parseDuration(text: string): number | null {
	const match = /^(?:(\d{1,3})\s*min)?\s*(?:(\d{1,4})\s*s(?:ek)?)?$/i.exec(text.trim());
	if (!match || (match[1] === undefined && match[2] === undefined)) return null;
	return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000;
}

const duration = z.string().transform((text, ctx) => {
	const ms = parseDuration(text);
	if (ms === null || ms < MIN_MS || ms > MAX_MS) {
		ctx.addIssue({
			code: 'custom',
			message: `"${text}" is not a time between 5 s and 60 min; write e.g. "2 min", "90 s" or "1 min 30 s"`
		});
		return z.NEVER;
	}
	return ms;
});

const pace = z.string().transform((text, ctx): Pace => {
	const match = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(text.trim());
	const [inS, outS] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
	if (!match || inS < 1 || outS < 1 || inS > 15 || outS > 15) {
		ctx.addIssue({
			code: 'custom',
			message: `"${text}" is not a breathing pace; write seconds in/out, e.g. "4/6" (1–15 each)`
		});
		return z.NEVER;
	}
	return { inS, outS };
});

const attributesSchema = z
	.object({
		id: z.string().regex(ID_PATTERN, 'an id uses lowercase letters, digits and "-"').max(48),
		name: z.string().trim().min(1).max(80),
		duration: duration.optional(),
		work: duration.optional(),
		rest: duration.optional(),
		rounds: z.coerce.number().int().min(1).max(20).optional(),
		pace: pace.optional(),
		'check-in': z.enum(['yes', 'no']).optional(),
		'alert-at': z.coerce.number().int().min(0).max(10).optional(),
		'alert-advice': z.string().trim().min(1).max(300).optional()
	})
	.strict();

const STEP = /^\d{1,2}[.)]\s+(.+)$/;

export function buildExercise(block: Block, fail: Fail): Exercise | null {
	const attributes: Record<string, string> = {};
	const lines = new Map<string, number>();
	const steps: string[] = [];
	const notes: string[] = [];
	let inAttributes = true;
	for (const { text, line } of block.lines) {
		const trimmed = text.trim();
		const match = inAttributes ? ATTRIBUTE.exec(trimmed) : null;
		if (match) {
			attributes[match[1]!] = match[2]!.trim();
			lines.set(match[1]!, line);
			continue;
		}
		if (trimmed === '' && inAttributes) continue;
		inAttributes = false;
		const step = STEP.exec(trimmed);
		if (step) steps.push(step[1]!.trim());
		else notes.push(text);
	}
	const at = (key: string) => lines.get(key) ?? block.line;
	const label = `exercise${attributes.id ? ` "${attributes.id}"` : ''}`;
	const parsed = attributesSchema.safeParse(attributes);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			fail(at(issueKey(issue)), `${label}: ${describeIssue(issue, attributes)}`);
		return null;
	}
	const a = parsed.data;
	let ok = true;
	const refuse = (line: number, message: string) => {
		fail(line, `${label}: ${message}`);
		ok = false;
	};
	if (steps.length === 0)
		refuse(block.line, 'needs at least one step for the participants as a numbered line "1. …"');
	if (steps.length > 12) refuse(block.line, 'has more than 12 steps; keep it short');
	for (const step of steps)
		if (step.length > 160) refuse(block.line, 'a step is over 160 characters');
	const interval = a.work !== undefined || a.rest !== undefined || a.rounds !== undefined;
	if (a.duration !== undefined && interval)
		refuse(at('duration'), 'give either "duration" or "work"/"rest"/"rounds", not both');
	else if (!interval && a.duration === undefined)
		refuse(block.line, 'needs a time: "duration: 2 min", or "work", "rest" and "rounds"');
	else if (interval && a.work === undefined)
		refuse(at('rounds'), '"rest" and "rounds" need "work"');
	else if (interval && a.rounds === undefined) refuse(at('work'), '"work" needs "rounds"');
	const checkIn = a['check-in'] === 'yes';
	if (!checkIn && (a['alert-at'] !== undefined || a['alert-advice'] !== undefined))
		refuse(
			at(a['alert-at'] !== undefined ? 'alert-at' : 'alert-advice'),
			'"alert-at" and "alert-advice" need "check-in: yes"'
		);
	if (!ok) return null;
	const timing: Timing =
		a.duration !== undefined
			? { kind: 'duration', ms: a.duration }
			: { kind: 'interval', workMs: a.work!, restMs: a.rest ?? 0, rounds: a.rounds! };
	return {
		id: a.id,
		name: a.name,
		line: block.line,
		steps,
		notesHtml: renderMarkdown(notes.join('\n').trim()),
		timing,
		pace: a.pace ?? null,
		checkIn: checkIn
			? { alertAt: a['alert-at'] ?? null, alertAdvice: a['alert-advice'] ?? null }
			: null
	};
}
