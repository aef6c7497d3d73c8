/**
 * The participant's take-away: for each session they joined, the key points in the short (PIXI)
 * wording, their own goals and answers, their changes over the course, and the safety advice.
 */
import type { Deck, Question, SafetyView } from '../decks/schema';
import type { AnswerValue } from '../protocol';
import type { Answerable } from '../questions/display';
import { makeReentryCode, previousAnswers } from './course';
import type { DeckLibrary } from './decks';
import type { SessionService } from './sessions/service';

export type TakeAway = {
	reentryCode: string;
	sessions: {
		id: string;
		date: number;
		deckTitle: string;
		deckLanguage: Deck['language'];
		course: string | null;
		keyPoints: { title: string; html: string }[];
		safety: SafetyView[];
		goals: string[];
		/** Shown in the reader's language on the page (questions/display.ts). */
		answers: { question: Answerable & { text: string }; value: AnswerValue }[];
		changes: { question: string; before: number; now: number }[];
	}[];
};

export async function takeAwayFor(
	participantId: string,
	sessions: SessionService,
	library: DeckLibrary
): Promise<TakeAway> {
	const { store } = sessions;
	const records = await store.listParticipantSessions(participantId);
	const result: TakeAway['sessions'] = [];
	for (const record of records) {
		const session = await sessions.get(record.id);
		if (!session) continue;
		const deck = session.deck;
		const short =
			library.decks.find((d) => d.condition === deck.condition && d.variant === 'PIXI') ?? deck;
		const questions = new Map<string, Question>([
			...deck.slides.flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
			...session.record.state.added.map((q) => [q.id, q] as const)
		]);
		const mine = (await store.listAnswers(record.id)).filter(
			(a) => a.participantId === participantId
		);
		const course = record.courseId ? await store.getCourse(record.courseId) : undefined;
		const before = new Map(
			(await previousAnswers(store, session, participantId)).map((p) => [p.questionId, p.value])
		);
		result.push({
			id: record.id,
			date: record.createdAt,
			deckTitle: deck.title,
			deckLanguage: deck.language,
			course: course?.name ?? null,
			keyPoints: keyPoints(short),
			safety: deck.slides.flatMap((s) => s.safety.map(({ html, redFlag }) => ({ html, redFlag }))),
			goals: mine
				.filter((a) => questions.get(a.questionId)?.type === 'goal')
				.map((a) => String(a.value)),
			answers: mine.flatMap((a) => {
				const q = questions.get(a.questionId);
				return q && q.type !== 'goal'
					? [{ question: { text: q.text, type: q.type, options: q.options }, value: a.value }]
					: [];
			}),
			changes: mine.flatMap((a) => {
				const q = questions.get(a.questionId);
				const was = before.get(a.questionId);
				return q && was !== undefined && typeof a.value === 'number'
					? [{ question: q.text, before: was, now: a.value }]
					: [];
			})
		});
	}
	if (result.length === 0) return { reentryCode: '', sessions: [] };
	return { reentryCode: await store.reentryCode(participantId, makeReentryCode), sessions: result };
}

function keyPoints(deck: Deck): { title: string; html: string }[] {
	return deck.slides
		.filter((s) => s.topic !== 'intro' && s.topic !== 'closing' && s.text)
		.map((s) => ({ title: s.title, html: s.html }));
}
