/** Participants and their answers: joining, answering, being moderated, deleting their own. */
import { questionPhase } from '../../live/machine';
import { refuse, type Refusal } from '../../live/refusal';
import type { ModerationStatus } from '../../questions/aggregate';
import { checkAnswer, isModerated } from '../../questions/values';
import type { AnswerSubmit } from '../../protocol';
import { needsReview } from '../languageFilter';
import type { AnswerRecord, AnswerWrite, ParticipantRecord } from '../store/types';
import type { SessionService } from './service';
import { answerOf, dropAnswers, keepAnswer, questionOf, type LiveSession } from './session';

type AnswerOutcome = { ok: true; answer: AnswerRecord; duplicate: boolean } | Refusal;

/**
 * A phone joins or comes back; a new one (or a new nickname) is written with its re-entry code,
 * in one commit with the others arriving in the same moment.
 */
export async function join(
	sessions: SessionService,
	session: LiveSession,
	participantId: string,
	nickname: string | undefined
): Promise<ParticipantRecord> {
	const known = session.participants.get(participantId);
	const participant: ParticipantRecord = {
		sessionId: session.record.id,
		id: participantId,
		nickname: nickname ?? known?.nickname ?? '',
		joinedAt: known?.joinedAt ?? sessions.now()
	};
	if (!known || known.nickname !== participant.nickname) {
		// The re-entry code comes in the same transaction, so the snapshot after it only reads it.
		// Known at once, so the phone's other sockets arriving before the commit count as the
		// same person; forgotten again if the write fails.
		session.participants.set(participantId, participant);
		try {
			await sessions.joins.add(participant);
		} catch (error) {
			if (session.participants.get(participantId) === participant) {
				if (known) session.participants.set(participantId, known);
				else session.participants.delete(participantId);
			}
			throw error;
		}
		sessions.answersChanged(session);
	}
	return participant;
}

export async function hasParticipant(
	sessions: SessionService,
	session: LiveSession,
	participantId: string
): Promise<boolean> {
	if (session.participants.has(participantId)) return true;
	// Joined through another instance a moment ago, before its note arrived here.
	return sessions.store.hasParticipant(session.record.id, participantId);
}

type Judged = AnswerOutcome | { write: AnswerWrite };

/**
 * Judges the answer in the session's turn, then writes it with the answers that arrive in the
 * same moment (one commit for them all); resolves once its own answer is durable.
 */
export function submitAnswer(
	sessions: SessionService,
	session: LiveSession,
	participantId: string,
	submit: AnswerSubmit
): Promise<AnswerOutcome> {
	const judge = () => judgeAnswer(sessions, session, participantId, submit);
	return sessions.turns.alongside(session.record.id, judge, async (judged) => {
		const outcome = await save(sessions, session, judged);
		if (outcome !== 'stale') return outcome;
		// Another instance moved the session on since this one last heard: judge it again against
		// the stored state; a second miss means the session is changing under us.
		await sessions.fresh(session.record.id);
		const again = await save(sessions, session, await judge());
		return again === 'stale' ? refuse('invalid_state', 'the session changed; try again') : again;
	});
}

/** Against the cached state and answers; the store is read only for a re-sent answer, rarely. */
async function judgeAnswer(
	sessions: SessionService,
	session: LiveSession,
	participantId: string,
	submit: AnswerSubmit
): Promise<Judged> {
	const state = session.record.state;
	const question = questionOf(session, submit.questionId);
	if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');
	if (!question) return refuse('not_found', 'no such question in this session');

	const cached = answerOf(session, submit.questionId, participantId);
	// A re-sent answer (same id) is acknowledged again even after the question closed.
	if (cached?.answerId === submit.answerId) return { ok: true, answer: cached, duplicate: true };
	if (questionPhase(state, submit.questionId) !== 'open') {
		// Perhaps stored through another instance, before its note arrived here.
		const stored = await sessions.store.getAnswer(
			session.record.id,
			submit.questionId,
			participantId
		);
		if (stored?.answerId === submit.answerId) return { ok: true, answer: stored, duplicate: true };
		return refuse('invalid_state', 'this question is not open for answers');
	}
	const checked = checkAnswer(question, submit.value);
	if (!checked.ok) return refuse('bad_request', checked.message);
	const moderated = isModerated(question);
	const now = sessions.now();
	const answer: AnswerRecord = {
		sessionId: session.record.id,
		participantId,
		questionId: submit.questionId,
		answerId: submit.answerId,
		value: checked.value,
		// Text for the screen waits for the presenter; a changed entry is reviewed again.
		status: moderated ? 'pending' : null,
		flagged: moderated && typeof checked.value === 'string' && needsReview(checked.value),
		answeredAt: now
	};
	// Someone who deleted their data and answers again is back in the list.
	const participant = { sessionId: session.record.id, id: participantId, nickname: '', joinedAt: now };
	return { write: { answer, judgedAtSeq: state.seq, participant } };
}

/** Writes a judged answer (the store's result `stale` unless the state it was judged at holds). */
async function save(
	sessions: SessionService,
	session: LiveSession,
	judged: Judged
): Promise<AnswerOutcome | 'stale'> {
	if (!('write' in judged)) return judged;
	const saved = await sessions.answerWrites.add(judged.write);
	if (saved.stale) return 'stale';
	keepAnswer(session, saved.answer);
	const { participant } = judged.write;
	if (participant && !session.participants.has(participant.id))
		session.participants.set(participant.id, participant);
	if (!saved.duplicate) sessions.answersChanged(session);
	return { ok: true, ...saved };
}

/** Approves an entry for the screen or hides it again; false when there is no such entry. */
export function moderate(
	sessions: SessionService,
	session: LiveSession,
	answerId: string,
	status: ModerationStatus
): Promise<boolean> {
	return sessions.inTurn(session, async () => {
		if (!(await sessions.store.setAnswerStatus(session.record.id, answerId, status))) return false;
		for (const answer of session.answers.values())
			if (answer.answerId === answerId) answer.status = status;
		sessions.answersChanged(session);
		return true;
	});
}

/** A participant deletes their own answers from their phone. */
export function forgetParticipant(
	sessions: SessionService,
	session: LiveSession,
	participantId: string
): Promise<void> {
	return sessions.inTurn(session, async () => {
		await sessions.store.forgetParticipant(session.record.id, participantId);
		await sessions.store.purge();
		dropAnswers(session, (a) => a.participantId === participantId);
		session.participants.delete(participantId);
		sessions.answersChanged(session);
	});
}
