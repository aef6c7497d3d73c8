/**
 * What the presenter's slides, the paired remote and each participant may see. The console's
 * live view is in presenterView.ts; the public view, for the screen and every phone, lives with
 * its sending in realtime/publish.ts.
 */
import type { SafetyBlock, SafetyView } from '../decks/schema';
import { questionPhase } from '../live/machine';
import { mediaView } from '../decks/media';
import type { MyAnswer, PresenterSlide, RemoteState, SessionInfo } from '../protocol';
import type { LiveSession } from './sessions/session';
import type { AnswerRecord } from './store/types';

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

/** Built once per deck version (decks are shared and never change), for every console's snapshot. */
const slidesOf = new WeakMap<LiveSession['deck'], PresenterSlide[]>();

export function presenterSlides(session: LiveSession): PresenterSlide[] {
	const kept = slidesOf.get(session.deck);
	if (kept) return kept;
	const slides = session.deck.slides.map((slide, index) => ({
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
	slidesOf.set(session.deck, slides);
	return slides;
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
