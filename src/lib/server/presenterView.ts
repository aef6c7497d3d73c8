/**
 * What the presenter's console sees: every question's results and count, who is online and how
 * many answers each gave, the moderation queue and every answer. It is built again after each
 * change, so it is built in one pass over the answers; a question's results are counted again
 * only when its answers changed (in practice the open question's), and an answer is put into
 * words once.
 */
import type { Question } from '../decks/schema';
import { answerWords } from '../i18n/answerWords';
import { questionPhase } from '../live/machine';
import type {
	CourseChange,
	EntryView,
	ParticipantView,
	PresenterState,
	ResponseView
} from '../protocol';
import { resultsOf } from '../questions/aggregate';
import { displayAnswer, needsAttention } from '../questions/display';
import type { Results } from '../questions/results';
import { isModerated } from '../questions/values';
import { questionView } from '../questions/view';
import { questionsOf, type LiveSession } from './sessions/session';
import type { AnswerRecord, ParticipantRecord } from './store/types';

/** A question's results and the answers (and their moderation) they were counted from. */
type Counted = {
	question: Question;
	answers: AnswerRecord[];
	statuses: AnswerRecord['status'][];
	results: Results | null;
};

const counted = new WeakMap<LiveSession, Map<string, Counted>>();
/** An answer's words depend only on the answer (a changed answer is a new record). */
const responses = new WeakMap<AnswerRecord, ResponseView>();

function sameAnswers(kept: Counted, question: Question, answers: AnswerRecord[]): boolean {
	if (kept.question !== question || kept.answers.length !== answers.length) return false;
	return answers.every((a, i) => a === kept.answers[i] && a.status === kept.statuses[i]);
}

function resultsFor(session: LiveSession, question: Question, answers: AnswerRecord[]) {
	let perQuestion = counted.get(session);
	if (!perQuestion) counted.set(session, (perQuestion = new Map()));
	const kept = perQuestion.get(question.id);
	if (kept && sameAnswers(kept, question, answers)) return kept.results;
	const results = resultsOf(question, answers);
	const statuses = answers.map((a) => a.status);
	perQuestion.set(question.id, { question, answers, statuses, results });
	return results;
}

function responseOf(question: Question, a: AnswerRecord, words: ReturnType<typeof answerWords>) {
	let response = responses.get(a);
	if (!response) {
		response = {
			participantId: a.participantId,
			questionId: a.questionId,
			display: displayAnswer(question, a.value, words),
			alert: needsAttention(question, a.value)
		};
		responses.set(a, response);
	}
	return response;
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
	// Answers read in the deck's language, like the questions they answer.
	const words = answerWords(session.deck.language);
	const perQuestion = new Map<string, AnswerRecord[]>(all.map((q) => [q.id, []]));
	const perParticipant = new Map<string, number>();
	const entries: EntryView[] = [];
	const responded: ResponseView[] = [];
	for (const a of answers) {
		perQuestion.get(a.questionId)?.push(a);
		perParticipant.set(a.participantId, (perParticipant.get(a.participantId) ?? 0) + 1);
		const question = byId.get(a.questionId);
		if (!question) continue;
		responded.push(responseOf(question, a, words));
		if (a.status !== null && isModerated(question))
			entries.push({
				answerId: a.answerId,
				questionId: a.questionId,
				participantId: a.participantId,
				text: String(a.value),
				status: a.status,
				flagged: a.flagged
			});
	}
	const questions = all.map((q) => {
		const own = perQuestion.get(q.id) ?? [];
		const phase = questionPhase(state, q.id);
		return {
			id: q.id,
			type: q.type,
			text: q.text,
			added: !session.questions.has(q.id),
			view: questionView(q, phase),
			phase,
			count: own.length,
			results: resultsFor(session, q, own),
			alertAdvice: ('alert-advice' in q && q['alert-advice']) || null
		};
	});
	const people: ParticipantView[] = participants.map((p) => ({
		id: p.id,
		nickname: p.nickname,
		online: online.has(p.id),
		answered: perParticipant.get(p.id) ?? 0
	}));
	return {
		remote: { paired: state.remote.keyHash !== null, pairing: state.remote.pairingHash !== null },
		seq: state.seq,
		activeQuestionId: state.activeQuestionId,
		questions,
		participants: people,
		entries,
		responses: responded,
		changes,
		unseenSafety: session.deck.slides.flatMap((slide, index) =>
			slide.safety.length > 0 && !state.shown.includes(index) ? [index] : []
		)
	};
}
