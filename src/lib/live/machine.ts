/**
 * The session state machine: pure functions (state, command) → (state, events). The server runs
 * it authoritatively; nothing here does I/O, so every rule is unit tested directly.
 */
import type { AckError, PresenterCommand, QuestionPhase, SessionPhase } from '../protocol';

export type LiveState = {
	phase: SessionPhase;
	/** -1 is the lobby (join code and QR on the screen). */
	slideIndex: number;
	activeQuestionId: string | null;
	questions: Record<string, QuestionPhase>;
	seq: number;
};

/** What the machine needs to know about the deck. */
export type DeckShape = {
	slideCount: number;
	runnableQuestionIds: ReadonlySet<string>;
	questionIds: ReadonlySet<string>;
};

export type LiveEvent =
	| { type: 'slide:changed'; slideIndex: number }
	| { type: 'question:changed'; questionId: string; phase: QuestionPhase; active: boolean }
	| { type: 'question:reset'; questionId: string }
	| { type: 'session:ended' };

export type Transition =
	{ ok: true; state: LiveState; events: LiveEvent[] } | { ok: false; error: AckError };

export function initialState(): LiveState {
	return { phase: 'lobby', slideIndex: -1, activeQuestionId: null, questions: {}, seq: 1 };
}

export function questionPhase(state: LiveState, questionId: string): QuestionPhase {
	return state.questions[questionId] ?? 'draft';
}

/** Which phases a question may move to from each phase. Reopening and resetting are allowed. */
const questionMoves: Record<'open' | 'close' | 'reveal', QuestionPhase[]> = {
	open: ['draft', 'closed', 'revealed'],
	close: ['open'],
	reveal: ['open', 'closed']
};

export function transition(
	state: LiveState,
	command: PresenterCommand,
	deck: DeckShape
): Transition {
	if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');

	switch (command.type) {
		case 'slide:next':
			return gotoSlide(state, state.slideIndex + 1, deck);
		case 'slide:prev':
			return gotoSlide(state, state.slideIndex - 1, deck);
		case 'slide:goto':
			return gotoSlide(state, command.index, deck);
		case 'session:end':
			return commit(state, { phase: 'ended', activeQuestionId: null }, [{ type: 'session:ended' }]);
		case 'question:open':
		case 'question:close':
		case 'question:reveal':
		case 'question:reset':
			return moveQuestion(state, command.type, command.questionId, deck);
	}
}

function gotoSlide(state: LiveState, index: number, deck: DeckShape): Transition {
	if (index < -1 || index >= deck.slideCount) {
		return refuse(
			'invalid_state',
			index < -1 ? 'already at the lobby' : 'already at the last slide'
		);
	}
	if (index === state.slideIndex) return { ok: true, state, events: [] };
	const phase: SessionPhase = state.phase === 'lobby' && index >= 0 ? 'live' : state.phase;
	return commit(state, { slideIndex: index, phase }, [
		{ type: 'slide:changed', slideIndex: index }
	]);
}

function moveQuestion(
	state: LiveState,
	verb: 'question:open' | 'question:close' | 'question:reveal' | 'question:reset',
	questionId: string,
	deck: DeckShape
): Transition {
	if (!deck.questionIds.has(questionId))
		return refuse('not_found', `no question "${questionId}" in this deck`);
	if (!deck.runnableQuestionIds.has(questionId)) {
		return refuse(
			'unsupported',
			'this question type cannot be run live yet; use it as a dialogue prompt'
		);
	}
	const current = questionPhase(state, questionId);
	if (verb === 'question:reset') {
		const questions = { ...state.questions, [questionId]: 'draft' as const };
		const activeQuestionId = state.activeQuestionId === questionId ? null : state.activeQuestionId;
		return commit(state, { questions, activeQuestionId }, [{ type: 'question:reset', questionId }]);
	}
	const move = verb.slice('question:'.length) as 'open' | 'close' | 'reveal';
	if (!questionMoves[move].includes(current)) {
		return refuse('invalid_state', `cannot ${move} a question that is ${current}`);
	}
	const next: QuestionPhase = move === 'open' ? 'open' : move === 'close' ? 'closed' : 'revealed';
	const questions: Record<string, QuestionPhase> = { ...state.questions, [questionId]: next };
	const events: LiveEvent[] = [];
	// One question is in front of the group at a time: opening another closes the previous one.
	const previous = state.activeQuestionId;
	if (move === 'open' && previous && previous !== questionId && questions[previous] === 'open') {
		questions[previous] = 'closed';
		events.push({ type: 'question:changed', questionId: previous, phase: 'closed', active: false });
	}
	const activeQuestionId = move === 'open' ? questionId : (state.activeQuestionId ?? questionId);
	events.push({
		type: 'question:changed',
		questionId,
		phase: next,
		active: activeQuestionId === questionId
	});
	return commit(state, { questions, activeQuestionId }, events);
}

function commit(state: LiveState, patch: Partial<LiveState>, events: LiveEvent[]): Transition {
	return { ok: true, state: { ...state, ...patch, seq: state.seq + 1 }, events };
}

function refuse(code: AckError['code'], message: string): Transition {
	return { ok: false, error: { code, message } };
}
