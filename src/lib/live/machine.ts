/**
 * The session state machine: pure functions (state, command) → (state, events). The server runs
 * it authoritatively; nothing here does I/O, so every rule is unit tested directly.
 */
import type { Question } from '../decks/schema';
import { questionFromTemplate } from '../questions/library';
import { moveFilm } from './film';
import { leaveExercise, runExercise, type ExerciseVerb } from './exercise';
import { refuse } from './refusal';
import type {
	DeckShape,
	DialogueView,
	LiveEvent,
	LiveState,
	QuestionPhase,
	SessionPhase,
	StateCommand,
	Transition
} from './types';

export function initialState(): LiveState {
	return {
		phase: 'lobby',
		mode: 'group',
		slideIndex: -1,
		shown: [],
		activeQuestionId: null,
		questions: {},
		added: [],
		dialogue: null,
		film: null,
		remote: { pairingHash: null, keyHash: null },
		seq: 1
	};
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

/** `now` is the server's clock, for the discussion timer's deadline; passing it keeps this pure. */
export function transition(
	state: LiveState,
	command: StateCommand,
	deck: DeckShape,
	now = 0
): Transition {
	if (state.phase === 'ended') return refuse('session_ended', 'the session has ended');

	switch (command.type) {
		case 'slide:next':
			return gotoSlide(state, state.slideIndex + 1, deck);
		case 'slide:prev':
			return gotoSlide(state, state.slideIndex - 1, deck);
		case 'slide:goto':
			return gotoSlide(state, command.index, deck);
		case 'film:play':
		case 'film:pause':
		case 'film:rewind': {
			const moved = moveFilm(state, command, deck, now);
			return 'film' in moved ? commit(state, moved, [{ type: 'film:changed' }]) : moved;
		}
		case 'session:mode':
			if (command.mode === state.mode) return { ok: true, state, events: [] };
			return commit(state, { mode: command.mode }, [{ type: 'mode:changed', mode: command.mode }]);
		case 'session:end':
			return commit(state, { phase: 'ended', activeQuestionId: null }, [{ type: 'session:ended' }]);
		case 'question:open':
		case 'question:close':
		case 'question:reveal':
		case 'question:reset':
			return moveQuestion(state, command.type, command.questionId, deck);
		case 'question:add': {
			const { type, ...add } = command;
			return addQuestion(state, questionFromTemplate(nextAddedId(state), add), deck);
		}
		case 'dialogue:show':
			return showDialogue(state, command, deck, now);
		case 'dialogue:clear':
			if (!state.dialogue) return { ok: true, state, events: [] };
			return commit(state, { dialogue: null }, [{ type: 'dialogue:changed' }]);
		case 'exercise:start':
		case 'exercise:pause':
		case 'exercise:resume':
		case 'exercise:skip':
		case 'exercise:stop':
			return runExercise(state, command.type.slice('exercise:'.length) as ExerciseVerb, deck, now);
	}
}

function nextAddedId(state: LiveState): string {
	return `added-${state.added.length + 1}`;
}

function addQuestion(state: LiveState, question: Question, deck: DeckShape): Transition {
	const added = { ...state, added: [...state.added, question] };
	const opened = moveQuestion(added, 'question:open', question.id, deck);
	if (!opened.ok) return opened;
	return {
		...opened,
		events: [{ type: 'question:added', questionId: question.id }, ...opened.events]
	};
}

function showDialogue(
	state: LiveState,
	command: Extract<StateCommand, { type: 'dialogue:show' }>,
	deck: DeckShape,
	now: number
): Transition {
	let next = state;
	const events: LiveEvent[] = [];
	if (command.collect) {
		const question = questionFromTemplate(nextAddedId(state), {
			template: 'open-text',
			text: command.text
		});
		const added = addQuestion(state, question, deck);
		if (!added.ok) return added;
		next = added.state;
		events.push(...added.events);
	}
	const dialogue: DialogueView = {
		text: command.text,
		endsAt: command.seconds > 0 ? now + command.seconds * 1000 : null,
		questionId: command.collect ? next.activeQuestionId : null
	};
	events.push({ type: 'dialogue:changed' });
	// One command is one step, however many changes it makes.
	return commit(state, { ...next, seq: state.seq, dialogue }, events);
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
	const shown =
		index < 0 || state.shown.includes(index)
			? state.shown
			: [...state.shown, index].sort((a, b) => a - b);
	const left = leaveExercise(state, deck);
	return commit(state, { slideIndex: index, phase, shown, film: null, ...left.patch }, [
		{ type: 'slide:changed', slideIndex: index },
		...left.events
	]);
}

function moveQuestion(
	state: LiveState,
	verb: 'question:open' | 'question:close' | 'question:reveal' | 'question:reset',
	questionId: string,
	deck: DeckShape
): Transition {
	if (!deck.questionIds.has(questionId) && !state.added.some((q) => q.id === questionId)) {
		return refuse('not_found', `no question "${questionId}" in this deck`);
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
