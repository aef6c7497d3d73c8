/**
 * A course (forløb) is a named series of sessions. The same phone is the same participant in all
 * of them, and items asked again (pain, confidence) show each person their own change, privately,
 * and the presenter each person's change and the group's.
 */
import { randomInt } from 'node:crypto';
import type { Deck, Question } from '../decks/schema';
import type { CourseChange, PreviousAnswer } from '../protocol';
import { median } from '../questions/results';
import { questionsOf, type LiveSession } from './sessions/session';
import type { AnswerRecord, SessionRecord, Store } from './store/types';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function makeReentryCode(): string {
	return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** "abcd efgh", "ABCD-EFGH" and "abcdefgh" are the same code. */
export function normaliseReentryCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const isScale = (q: Question | undefined): q is Extract<Question, { type: 'scale' }> =>
	q?.type === 'scale';

/** The sessions of the course that came before this one, newest first, with their answers. */
async function earlier(
	store: Store,
	session: LiveSession
): Promise<{ record: SessionRecord; deck: Deck; answers: AnswerRecord[] }[]> {
	const courseId = session.record.courseId;
	if (!courseId) return [];
	const all = await store.listCourseSessions(courseId);
	const before = all
		.filter(
			(s) =>
				s.createdAt < session.record.createdAt ||
				(s.createdAt === session.record.createdAt && s.id < session.record.id)
		)
		.reverse();
	return Promise.all(
		before.map(async (record) => ({
			record,
			deck: JSON.parse(record.deckJson) as Deck,
			answers: await store.listAnswers(record.id)
		}))
	);
}

function scaleQuestionsOf(deck: Deck): Map<string, Question> {
	return new Map(
		deck.slides.flatMap((s) => s.questions.filter(isScale).map((q) => [q.id, q] as const))
	);
}

/** For each 0–10 item, the participant's most recent answer in an earlier session of the course. */
export async function previousAnswers(
	store: Store,
	session: LiveSession,
	participantId: string
): Promise<PreviousAnswer[]> {
	const found = new Map<string, PreviousAnswer>();
	for (const { record, deck, answers } of await earlier(store, session)) {
		const scales = scaleQuestionsOf(deck);
		for (const a of answers) {
			if (
				a.participantId !== participantId ||
				found.has(a.questionId) ||
				!scales.has(a.questionId) ||
				typeof a.value !== 'number'
			)
				continue;
			found.set(a.questionId, { questionId: a.questionId, value: a.value, at: record.createdAt });
		}
	}
	return [...found.values()];
}

/**
 * Per 0–10 item, each participant's most recent answer in the earlier sessions of the course:
 * what the changes are measured from. It changes only when an earlier session does, so a
 * publish can keep it (realtime/courseCache.ts).
 */
export type AnswersBefore = Map<string, Map<string, number>>;

export async function answersBefore(store: Store, session: LiveSession): Promise<AnswersBefore> {
	const before: AnswersBefore = new Map();
	for (const { answers } of await earlier(store, session)) {
		for (const a of answers) {
			if (typeof a.value !== 'number') continue;
			const item = before.get(a.questionId) ?? new Map<string, number>();
			if (!item.has(a.participantId)) item.set(a.participantId, a.value);
			before.set(a.questionId, item);
		}
	}
	return before;
}

/** Each participant's change on the repeated 0–10 items, and the group's (medians). */
export function courseChanges(
	answered: AnswersBefore,
	session: LiveSession,
	answers: AnswerRecord[]
): CourseChange[] {
	if (answered.size === 0) return [];
	const changes: CourseChange[] = [];
	for (const question of questionsOf(session).filter(isScale)) {
		const before = answered.get(question.id);
		if (!before || before.size === 0) continue;
		const now = new Map(
			answers
				.filter((a) => a.questionId === question.id && typeof a.value === 'number')
				.map((a) => [a.participantId, a.value as number])
		);
		const people = [...new Set([...before.keys(), ...now.keys()])];
		changes.push({
			questionId: question.id,
			text: question.text,
			rows: people.map((participantId) => ({
				participantId,
				before: before.get(participantId) ?? null,
				now: now.get(participantId) ?? null
			})),
			groupBefore: median([...before.values()]),
			groupNow: median([...now.values()])
		});
	}
	return changes;
}
