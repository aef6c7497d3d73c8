/**
 * What each role may see. The public state goes to the audience screen and to every phone, so
 * it carries no notes, no individual answers and no results before they are revealed.
 */
import { scaleResults } from '../live/results';
import { questionPhase } from '../live/machine';
import { runnableQuestionTypes, type Question } from '../decks/schema';
import type {
	MyAnswer,
	ParticipantView,
	PresenterSlide,
	PresenterState,
	PublicState,
	QuestionView,
	Results,
	SessionInfo
} from '../protocol';
import type { LiveSession } from './sessions';
import type { AnswerRecord, ParticipantRecord } from './store/types';

export function resultsOf(question: Question, answers: AnswerRecord[]): Results | null {
	if (question.type !== 'scale') return null;
	const values = answers.filter((a) => a.questionId === question.id).map((a) => a.value);
	return scaleResults(question.id, question.min, question.max, values);
}

function questionView(session: LiveSession, question: Question): QuestionView | null {
	if (question.type !== 'scale') return null;
	return {
		id: question.id,
		type: 'scale',
		text: question.text,
		min: question.min,
		max: question.max,
		minLabel: question['min-label'],
		maxLabel: question['max-label'],
		phase: questionPhase(session.record.state, question.id)
	};
}

export function publicState(
	session: LiveSession,
	answers: AnswerRecord[],
	participantsOnline: number
): PublicState {
	const { state } = session.record;
	const slide = state.phase === 'live' ? session.deck.slides[state.slideIndex] : undefined;
	const active = state.activeQuestionId ? session.questions.get(state.activeQuestionId) : undefined;
	const question = active ? questionView(session, active) : null;
	return {
		seq: state.seq,
		phase: state.phase,
		deckTitle: session.deck.title,
		deckLanguage: session.deck.language,
		joinCode: session.record.joinCode,
		slideIndex: state.slideIndex,
		slideCount: session.deck.slides.length,
		slide: slide
			? {
					index: state.slideIndex,
					id: slide.id,
					title: slide.title,
					html: slide.html,
					safety: slide.safety.map((s) => s.html),
					...(slide.figure ? { figure: slide.figure } : {})
				}
			: null,
		question,
		results: active && question?.phase === 'revealed' ? resultsOf(active, answers) : null,
		participantsOnline,
		closingSafety:
			state.phase === 'ended' ? session.deck.slides.flatMap((s) => s.safety.map((b) => b.html)) : []
	};
}

export function sessionInfo(session: LiveSession): SessionInfo {
	const { record, deck } = session;
	return {
		sessionId: record.id,
		joinCode: record.joinCode,
		deckId: record.deckId,
		deckTitle: deck.title,
		variant: deck.variant
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
		safety: slide.safety.map((s) => s.html),
		notesHtml: slide.notesHtml,
		prompts: slide.prompts,
		glossary: slide.glossary,
		questionIds: slide.questions.map((q) => q.id),
		...(slide.figure ? { figure: slide.figure } : {})
	}));
}

export function presenterState(
	session: LiveSession,
	answers: AnswerRecord[],
	participants: ParticipantRecord[],
	online: ReadonlySet<string>
): PresenterState {
	const { state } = session.record;
	const questions = [...session.questions.values()].map((q) => ({
		id: q.id,
		type: q.type,
		text: q.text,
		runnable: runnableQuestionTypes.includes(q.type),
		phase: questionPhase(state, q.id),
		count: answers.filter((a) => a.questionId === q.id).length,
		results: resultsOf(q, answers)
	}));
	const people: ParticipantView[] = participants.map((p) => ({
		id: p.id,
		nickname: p.nickname,
		online: online.has(p.id),
		answered: answers.filter((a) => a.participantId === p.id).length
	}));
	return {
		seq: state.seq,
		activeQuestionId: state.activeQuestionId,
		questions,
		participants: people
	};
}

export function myAnswers(answers: AnswerRecord[], participantId: string): MyAnswer[] {
	return answers
		.filter((a) => a.participantId === participantId)
		.map((a) => ({ questionId: a.questionId, answerId: a.answerId, value: a.value }));
}
