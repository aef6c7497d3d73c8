/** Participants and their answers: joining, answering, being moderated, deleting their own. */
import { questionPhase } from '../../live/machine';
import { refuse, type Refusal } from '../../live/refusal';
import type { ModerationStatus } from '../../questions/aggregate';
import { checkAnswer, isModerated } from '../../questions/values';
import type { AnswerSubmit } from '../../protocol';
import { needsReview } from '../languageFilter';
import type { AnswerRecord, ParticipantRecord } from '../store/types';
import type { SessionService } from './service';
import { dropAnswers, keepAnswer, questionOf, type LiveSession } from './session';

type AnswerOutcome = { ok: true; answer: AnswerRecord; duplicate: boolean } | Refusal;

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
		await sessions.store.upsertParticipant(participant);
		session.participants.set(participantId, participant);
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
	const known = await sessions.store.listParticipants(session.record.id);
	return known.some((p) => p.id === participantId);
}

export function submitAnswer(
	sessions: SessionService,
	session: LiveSession,
	participantId: string,
	submit: AnswerSubmit
): Promise<AnswerOutcome> {
	return sessions.inTurn(session, async () => {
		const outcome = await judgeAndSave(sessions, session, participantId, submit);
		if (outcome !== 'stale') return outcome;
		// Another instance moved the session on since this one last heard: judge it again against
		// the stored state; a second miss means the session is changing under us.
		await sessions.fresh(session.record.id);
		const again = await judgeAndSave(sessions, session, participantId, submit);
		return again === 'stale' ? refuse('invalid_state', 'the session changed; try again') : again;
	});
}

/** Judges an answer against the session's state and stores it, unless that state is stale. */
async function judgeAndSave(
	sessions: SessionService,
	session: LiveSession,
	participantId: string,
	submit: AnswerSubmit
): Promise<AnswerOutcome | 'stale'> {
	const { store } = sessions;
	const state = session.record.state;
	const question = questionOf(session, submit.questionId);
	if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');
	if (!question) return refuse('not_found', 'no such question in this session');

	const existing = await store.getAnswer(session.record.id, submit.questionId, participantId);
	// A re-sent answer (same id) is acknowledged again even after the question closed.
	if (existing?.answerId === submit.answerId)
		return { ok: true, answer: existing, duplicate: true };
	if (questionPhase(state, submit.questionId) !== 'open') {
		return refuse('invalid_state', 'this question is not open for answers');
	}
	const checked = checkAnswer(question, submit.value);
	if (!checked.ok) return refuse('bad_request', checked.message);
	const moderated = isModerated(question);
	const answer: AnswerRecord = {
		sessionId: session.record.id,
		participantId,
		questionId: submit.questionId,
		answerId: submit.answerId,
		value: checked.value,
		// Text for the screen waits for the presenter; a changed entry is reviewed again.
		status: moderated ? 'pending' : null,
		flagged: moderated && typeof checked.value === 'string' && needsReview(checked.value),
		answeredAt: sessions.now()
	};
	const saved = await store.saveAnswer(answer, state.seq);
	if (saved.stale) return 'stale';
	// Someone who deleted their data and answers again is back in the list.
	const participant = {
		sessionId: session.record.id,
		id: participantId,
		nickname: '',
		joinedAt: sessions.now()
	};
	await store.ensureParticipant(participant);
	keepAnswer(session, saved.answer);
	if (!session.participants.has(participantId))
		session.participants.set(participantId, participant);
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
