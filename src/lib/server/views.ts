/**
 * What the presenter, the paired remote and each participant may see. The public view, for the
 * screen and every phone, lives with its sending in realtime/publish.ts.
 */
import type { SafetyBlock, SafetyView } from '../decks/schema';
import { questionPhase } from '../live/machine';
import { resultsOf } from '../questions/aggregate';
import { answerWords } from '../i18n/answerWords';
import { displayAnswer, needsAttention } from '../questions/display';
import { isModerated } from '../questions/values';
import { questionView } from '../questions/view';
import { mediaView } from '../decks/media';
import type {
	CourseChange,
	EntryView,
	MyAnswer,
	ParticipantView,
	PresenterSlide,
	PresenterState,
	RemoteState,
	SessionInfo
} from '../protocol';
import { questionsOf, type LiveSession } from './sessions/session';
import type { AnswerRecord, ParticipantRecord } from './store/types';

export const safetyView = ({ html, redFlag }: SafetyBlock): SafetyView => ({ html, redFlag });

export const answersTo = (answers: AnswerRecord[], questionId: string) =>
	answers.filter((a) => a.questionId === questionId);

export function sessionInfo(session: LiveSession, course: SessionInfo['course']): SessionInfo {
	const { record, deck } = session;
	return {
		sessionId: record.id,
		joinCode: record.joinCode,
		deckId: record.deckId,
		deckTitle: deck.title,
		variant: deck.variant,
		course
	};
}

export function presenterSlides(session: LiveSession): PresenterSlide[] {
	return session.deck.slides.map((slide, index) => ({
		index,
		id: slide.id,
		title: slide.title,
		topic: slide.topic,
		source: slide.source,
		html: slide.html,
		safety: slide.safety.map(safetyView),
		notesHtml: slide.notesHtml,
		prompts: slide.prompts,
		glossary: slide.glossary,
		questionIds: slide.questions.map((q) => q.id),
		...(slide.figure ? { figure: slide.figure } : {}),
		...(slide.media ? { media: mediaView(slide.media) } : {}),
		...(slide.exercise ? { exercise: slide.exercise } : {})
	}));
}

export function presenterState(
	session: LiveSession,
	answers: AnswerRecord[],
	participants: ParticipantRecord[],
	online: ReadonlySet<string>,
	changes: CourseChange[]
): PresenterState {
	const { state } = session.record;
	const all = questionsOf(session);
	const byId = new Map(all.map((q) => [q.id, q]));
	const questions = all.map((q) => {
		const own = answersTo(answers, q.id);
		return {
			id: q.id,
			type: q.type,
			text: q.text,
			added: !session.questions.has(q.id),
			view: questionView(q, questionPhase(state, q.id)),
			phase: questionPhase(state, q.id),
			count: own.length,
			results: resultsOf(q, own),
			alertAdvice: ('alert-advice' in q && q['alert-advice']) || null
		};
	});
	const people: ParticipantView[] = participants.map((p) => ({
		id: p.id,
		nickname: p.nickname,
		online: online.has(p.id),
		answered: answers.filter((a) => a.participantId === p.id).length
	}));
	const entries: EntryView[] = answers
		.filter((a) => a.status !== null && isModerated(byId.get(a.questionId)!))
		.map((a) => ({
			answerId: a.answerId,
			questionId: a.questionId,
			participantId: a.participantId,
			text: String(a.value),
			status: a.status!,
			flagged: a.flagged
		}));
	// Answers read in the deck's language, like the questions they answer.
	const words = answerWords(session.deck.language);
	const responses = answers.flatMap((a) => {
		const question = byId.get(a.questionId);
		return question
			? [
					{
						participantId: a.participantId,
						questionId: a.questionId,
						display: displayAnswer(question, a.value, words),
						alert: needsAttention(question, a.value)
					}
				]
			: [];
	});
	return {
		remote: { paired: state.remote.keyHash !== null, pairing: state.remote.pairingHash !== null },
		seq: state.seq,
		activeQuestionId: state.activeQuestionId,
		questions,
		participants: people,
		entries,
		responses,
		changes,
		unseenSafety: session.deck.slides.flatMap((slide, index) =>
			slide.safety.length > 0 && !state.shown.includes(index) ? [index] : []
		)
	};
}

/** A paired phone sees the slide titles and the questions of the current slide, nothing private. */
export function remoteState(session: LiveSession): RemoteState {
	const { state } = session.record;
	const slide = session.deck.slides[state.slideIndex];
	const here = [...(slide?.questions ?? []), ...state.added];
	return {
		seq: state.seq,
		slideTitles: session.deck.slides.map((s) => s.title),
		questions: here.map((q) => ({
			id: q.id,
			text: q.text,
			type: q.type,
			phase: questionPhase(state, q.id)
		}))
	};
}

export function myAnswers(answers: AnswerRecord[], participantId: string): MyAnswer[] {
	return answers
		.filter((a) => a.participantId === participantId)
		.map((a) => ({ questionId: a.questionId, answerId: a.answerId, value: a.value }));
}
