import { describe, expect, it } from 'vitest';
import type { Exercise } from '../decks/exercise';
import { clockAt, exerciseClock, formatClock } from './exerciseClock';
import { initialState, questionPhase, transition } from './machine';
import type { DeckShape, LiveState, StateCommand } from './types';

const deck: DeckShape = {
	slideCount: 3,
	questionIds: new Set(['q1', 'q2', 'text1'])
};

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

/** Applies a command that must be accepted, checking purity along the way. */
function apply(state: LiveState, command: StateCommand) {
	const before = JSON.stringify(state);
	const result = transition(deepFreeze(state), command, deck);
	expect(JSON.stringify(state)).toBe(before);
	if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
	return result;
}

function run(...commands: StateCommand[]): LiveState {
	return commands.reduce((state, command) => apply(state, command).state, initialState());
}

function refused(state: LiveState, command: StateCommand) {
	const before = JSON.stringify(state);
	const result = transition(deepFreeze(state), command, deck);
	expect(JSON.stringify(state)).toBe(before);
	if (result.ok) throw new Error(`${command.type} was accepted`);
	return result.error;
}

const next: StateCommand = { type: 'slide:next' };
const prev: StateCommand = { type: 'slide:prev' };
const goto = (index: number) => ({ type: 'slide:goto', index }) as const;
const open = (questionId: string) => ({ type: 'question:open', questionId }) as const;
const close = (questionId: string) => ({ type: 'question:close', questionId }) as const;
const reveal = (questionId: string) => ({ type: 'question:reveal', questionId }) as const;
const reset = (questionId: string) => ({ type: 'question:reset', questionId }) as const;
const end: StateCommand = { type: 'session:end' };

describe('initialState', () => {
	it('starts in the lobby with no questions and seq 1', () => {
		expect(initialState()).toEqual({
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
		});
	});

	it('returns a fresh object each time', () => {
		expect(initialState()).not.toBe(initialState());
	});
});

describe('slides', () => {
	it('lobby → next → live at slide 0', () => {
		const result = apply(initialState(), next);
		expect(result.state).toEqual({
			...initialState(),
			phase: 'live',
			slideIndex: 0,
			shown: [0],
			seq: 2
		});
		expect(result.events).toEqual([{ type: 'slide:changed', slideIndex: 0 }]);
	});

	it('increments seq on every accepted change and never on a refusal', () => {
		let state = initialState();
		const commands: StateCommand[] = [next, next, prev, goto(2), open('q1'), close('q1')];
		for (const [i, command] of commands.entries()) {
			state = apply(state, command).state;
			expect(state.seq).toBe(2 + i);
		}
		const seq = state.seq;
		refused(state, next); // at the last slide
		refused(state, goto(7));
		refused(state, close('q1')); // already closed
		refused(state, open('nope'));
		expect(state.seq).toBe(seq);
	});

	it('walks forward and back through the slides', () => {
		let state = initialState();
		for (const index of [0, 1, 2]) {
			const result = apply(state, next);
			expect(result.state.slideIndex).toBe(index);
			expect(result.events).toEqual([{ type: 'slide:changed', slideIndex: index }]);
			state = result.state;
		}
		for (const index of [1, 0]) {
			state = apply(state, prev).state;
			expect(state.slideIndex).toBe(index);
		}
	});

	it('prev from slide 0 goes back to the lobby and the phase stays live', () => {
		const result = apply(run(next), prev);
		expect(result.state.slideIndex).toBe(-1);
		expect(result.state.phase).toBe('live');
		expect(result.events).toEqual([{ type: 'slide:changed', slideIndex: -1 }]);
	});

	it('refuses prev at the lobby', () => {
		expect(refused(initialState(), prev).code).toBe('invalid_state');
		expect(refused(run(next, prev), prev).code).toBe('invalid_state');
	});

	it('refuses next past the last slide', () => {
		const error = refused(run(next, next, next), next);
		expect(error.code).toBe('invalid_state');
		expect(error.message).toMatch(/last slide/);
	});

	it.each([-2, 3, 100])('refuses goto %i (out of range)', (index) => {
		expect(refused(initialState(), goto(index)).code).toBe('invalid_state');
		expect(refused(run(next), goto(index)).code).toBe('invalid_state');
	});

	it('goes to any slide in range, and goto -1 returns to the lobby', () => {
		const state = apply(initialState(), goto(2)).state;
		expect(state).toMatchObject({ phase: 'live', slideIndex: 2, seq: 2 });
		const back = apply(state, goto(-1));
		expect(back.state).toMatchObject({ phase: 'live', slideIndex: -1, seq: 3 });
		expect(back.events).toEqual([{ type: 'slide:changed', slideIndex: -1 }]);
	});

	it('remembers every slide shown, once each, so a skipped red-flag slide can be told', () => {
		const state = run(goto(2), prev, goto(-1), goto(2));
		expect(state.shown).toEqual([1, 2]);
		expect(run(next, next, prev).shown).toEqual([0, 1]);
	});

	it('goto the current slide is accepted with no events and the same state object', () => {
		const state = run(next, next);
		const result = apply(state, goto(1));
		expect(result.events).toEqual([]);
		expect(result.state).toBe(state);

		const lobby = initialState();
		const stay = apply(lobby, goto(-1));
		expect(stay.events).toEqual([]);
		expect(stay.state).toBe(lobby);
	});
});

describe('questions', () => {
	const live = () => run(next);

	it('goes draft → open → closed → revealed', () => {
		let state = live();
		expect(questionPhase(state, 'q1')).toBe('draft');

		let result = apply(state, open('q1'));
		expect(result.events).toEqual([
			{ type: 'question:changed', questionId: 'q1', phase: 'open', active: true }
		]);
		state = result.state;
		expect(state.questions).toEqual({ q1: 'open' });
		expect(state.activeQuestionId).toBe('q1');

		result = apply(state, close('q1'));
		expect(result.events).toEqual([
			{ type: 'question:changed', questionId: 'q1', phase: 'closed', active: true }
		]);
		state = result.state;
		expect(questionPhase(state, 'q1')).toBe('closed');
		expect(state.activeQuestionId).toBe('q1');

		result = apply(state, reveal('q1'));
		expect(result.events).toEqual([
			{ type: 'question:changed', questionId: 'q1', phase: 'revealed', active: true }
		]);
		expect(questionPhase(result.state, 'q1')).toBe('revealed');
		expect(result.state.activeQuestionId).toBe('q1');
	});

	it('allows reveal straight from open', () => {
		const state = apply(run(next, open('q1')), reveal('q1')).state;
		expect(questionPhase(state, 'q1')).toBe('revealed');
	});

	it.each([
		['close', 'draft', [], close('q1')],
		['reveal', 'draft', [], reveal('q1')],
		['close', 'closed', [open('q1'), close('q1')], close('q1')],
		['close', 'revealed', [open('q1'), reveal('q1')], close('q1')],
		['reveal', 'revealed', [open('q1'), reveal('q1')], reveal('q1')],
		['open', 'open', [open('q1')], open('q1')]
	] as const)('refuses %s from %s', (_verb, _phase, setup, command) => {
		const error = refused(run(next, ...setup), command);
		expect(error.code).toBe('invalid_state');
	});

	it('allows reopening from closed and from revealed', () => {
		const fromClosed = apply(run(next, open('q1'), close('q1')), open('q1')).state;
		expect(questionPhase(fromClosed, 'q1')).toBe('open');

		const fromRevealed = apply(run(next, open('q1'), reveal('q1')), open('q1'));
		expect(questionPhase(fromRevealed.state, 'q1')).toBe('open');
		expect(fromRevealed.state.activeQuestionId).toBe('q1');
		expect(fromRevealed.events).toEqual([
			{ type: 'question:changed', questionId: 'q1', phase: 'open', active: true }
		]);
	});

	it('opening q2 while q1 is open closes q1 and makes q2 active', () => {
		const result = apply(run(next, open('q1')), open('q2'));
		expect(result.state.questions).toEqual({ q1: 'closed', q2: 'open' });
		expect(result.state.activeQuestionId).toBe('q2');
		expect(result.events).toEqual([
			{ type: 'question:changed', questionId: 'q1', phase: 'closed', active: false },
			{ type: 'question:changed', questionId: 'q2', phase: 'open', active: true }
		]);
	});

	it('opening q2 after q1 was revealed leaves q1 revealed', () => {
		const result = apply(run(next, open('q1'), reveal('q1')), open('q2'));
		expect(result.state.questions).toEqual({ q1: 'revealed', q2: 'open' });
		expect(result.state.activeQuestionId).toBe('q2');
		expect(result.events).toEqual([
			{ type: 'question:changed', questionId: 'q2', phase: 'open', active: true }
		]);
	});

	it('reset returns the active question to draft and clears activeQuestionId', () => {
		const result = apply(run(next, open('q1'), close('q1')), reset('q1'));
		expect(questionPhase(result.state, 'q1')).toBe('draft');
		expect(result.state.activeQuestionId).toBeNull();
		expect(result.events).toEqual([{ type: 'question:reset', questionId: 'q1' }]);
	});

	it('reset of a question that is not active keeps the active one', () => {
		const result = apply(run(next, open('q1'), open('q2')), reset('q1'));
		expect(result.state.questions).toEqual({ q1: 'draft', q2: 'open' });
		expect(result.state.activeQuestionId).toBe('q2');
		expect(result.events).toEqual([{ type: 'question:reset', questionId: 'q1' }]);
	});

	it('a reset question can be opened again', () => {
		const state = apply(run(next, open('q1'), reveal('q1'), reset('q1')), open('q1')).state;
		expect(questionPhase(state, 'q1')).toBe('open');
		expect(state.activeQuestionId).toBe('q1');
	});

	it.each([open, close, reveal, reset])(
		'refuses an unknown question with not_found (%#)',
		(cmd) => {
			expect(refused(live(), cmd('nope')).code).toBe('not_found');
		}
	);
});

describe('questions added during the session', () => {
	const add = (text: string, template: 'scale' | 'baseline' = 'scale'): StateCommand => ({
		type: 'question:add',
		template,
		text
	});

	it("adds a question after the deck's own and opens it at once, in one step", () => {
		const before = run(next, open('q1'));
		const result = apply(before, add('Hvor træt er du?'));
		expect(result.state.seq).toBe(before.seq + 1);
		expect(result.state.added).toEqual([
			expect.objectContaining({ id: 'added-1', type: 'scale', text: 'Hvor træt er du?' })
		]);
		expect(result.state.activeQuestionId).toBe('added-1');
		expect(questionPhase(result.state, 'added-1')).toBe('open');
		expect(questionPhase(result.state, 'q1')).toBe('closed');
		expect(result.events[0]).toEqual({ type: 'question:added', questionId: 'added-1' });
	});

	it('gives every added question its own id and runs it through the lifecycle', () => {
		const state = run(add('A'), add('Smerteprofil', 'baseline'), reveal('added-1'));
		expect(state.added.map((q) => [q.id, q.type])).toEqual([
			['added-1', 'scale'],
			['added-2', 'questionnaire']
		]);
		expect(questionPhase(state, 'added-1')).toBe('revealed');
		expect(questionPhase(state, 'added-2')).toBe('open');
	});
});

describe('dialogue', () => {
	const show = (seconds: number, collect: boolean): StateCommand => ({
		type: 'dialogue:show',
		text: 'Tal sammen to og to',
		seconds,
		collect
	});

	it('puts a prompt on the screen with a deadline on the server clock', () => {
		const result = transition(initialState(), show(120, false), deck, 1_000_000);
		expect(result.ok && result.state.dialogue).toEqual({
			text: 'Tal sammen to og to',
			endsAt: 1_120_000,
			questionId: null
		});
	});

	it('has no deadline without a timer, and collects short answers when asked', () => {
		const result = transition(initialState(), show(0, true), deck, 5);
		if (!result.ok) throw new Error(result.error.message);
		expect(result.state.dialogue).toEqual({
			text: 'Tal sammen to og to',
			endsAt: null,
			questionId: 'added-1'
		});
		expect(result.state.added[0]).toMatchObject({ id: 'added-1', type: 'open-text' });
		expect(questionPhase(result.state, 'added-1')).toBe('open');
		expect(result.state.seq).toBe(2);
	});

	it('clears the prompt, and clearing nothing changes nothing', () => {
		const shown = run(show(60, false));
		expect(apply(shown, { type: 'dialogue:clear' }).state.dialogue).toBeNull();
		const idle = initialState();
		expect(apply(idle, { type: 'dialogue:clear' }).state).toBe(idle);
	});
});

describe('session:end', () => {
	it('ends the session', () => {
		const result = apply(run(next, open('q1')), end);
		expect(result.state.phase).toBe('ended');
		expect(result.state.activeQuestionId).toBeNull();
		expect(result.state.seq).toBe(4);
		expect(result.events).toEqual([{ type: 'session:ended' }]);
	});

	it('can end from the lobby', () => {
		expect(apply(initialState(), end).state.phase).toBe('ended');
	});

	it.each<StateCommand>([
		next,
		prev,
		goto(0),
		goto(1),
		open('q1'),
		close('q1'),
		reveal('q1'),
		reset('q1'),
		open('nope'),
		end
	])('refuses $type after the end with session_ended', (command) => {
		const state = run(next, next, open('q1'), end);
		expect(refused(state, command).code).toBe('session_ended');
	});
});

describe('purity', () => {
	it('never mutates the input state (deep-frozen)', () => {
		const state = deepFreeze(run(next, open('q1')));
		const snapshot = JSON.stringify(state);
		const commands: StateCommand[] = [
			next,
			prev,
			goto(2),
			goto(0),
			open('q2'),
			close('q1'),
			reveal('q1'),
			reset('q1'),
			open('q1'),
			end
		];
		for (const command of commands) {
			const result = transition(state, command, deck);
			if (result.ok && result.events.length > 0) expect(result.state).not.toBe(state);
		}
		expect(JSON.stringify(state)).toBe(snapshot);
	});

	it('does not share the questions record with the new state', () => {
		const state = run(next, open('q1'));
		const result = apply(state, close('q1'));
		expect(result.state.questions).not.toBe(state.questions);
		expect(state.questions).toEqual({ q1: 'open' });
	});
});

describe('exercises', () => {
	const steps = ['Sid godt.', 'Træk vejret ind.', 'Pust ud.'];
	const breathing: Exercise = {
		id: 'ro',
		name: 'Ro på',
		line: 1,
		steps,
		notesHtml: '',
		timing: { kind: 'duration', ms: 120_000 },
		pace: { inS: 4, outS: 6 },
		checkIn: { alertAt: 7, alertAdvice: null }
	};
	const rounds: Exercise = {
		...breathing,
		id: 'rejs',
		steps: ['Rejs dig.'],
		timing: { kind: 'interval', workMs: 30_000, restMs: 10_000, rounds: 3 },
		pace: null,
		checkIn: null
	};
	const checkIn = ['ro-done', 'ro-pain', 'ro-eased', 'ro-words'];
	const exerciseDeck: DeckShape = {
		slideCount: 3,
		questionIds: new Set(checkIn),
		exercises: [breathing, null, rounds]
	};
	const T0 = 1_000_000;

	function at(state: LiveState, command: StateCommand, now: number) {
		const before = JSON.stringify(state);
		const result = transition(deepFreeze(state), command, exerciseDeck, now);
		expect(JSON.stringify(state)).toBe(before);
		return result;
	}
	function ok(state: LiveState, command: StateCommand, now: number): LiveState {
		const result = at(state, command, now);
		if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
		return result.state;
	}
	const cmd = (verb: 'start' | 'pause' | 'resume' | 'skip' | 'stop') =>
		({ type: `exercise:${verb}` }) as const;
	const onSlide = (index: number) => ok(initialState(), goto(index), T0);

	it('starts with a deadline on the server clock', () => {
		const result = at(onSlide(0), cmd('start'), T0);
		if (!result.ok) throw new Error(result.error.message);
		expect(result.state.exercise).toEqual({
			slideIndex: 0,
			exerciseId: 'ro',
			status: 'running',
			step: 0,
			startedAt: T0,
			endsAt: T0 + 120_000,
			remainingMs: null
		});
		expect(result.events).toEqual([{ type: 'exercise:changed' }]);
		expect(result.state.seq).toBe(onSlide(0).seq + 1);
	});

	it('pauses with the time left and resumes with a deadline that far ahead', () => {
		const running = ok(onSlide(0), cmd('start'), T0);
		const paused = ok(running, cmd('pause'), T0 + 30_000);
		expect(paused.exercise).toMatchObject({
			status: 'paused',
			remainingMs: 90_000,
			endsAt: null,
			startedAt: null
		});
		const resumed = ok(paused, cmd('resume'), T0 + 500_000);
		expect(resumed.exercise).toMatchObject({
			status: 'running',
			startedAt: T0 + 500_000 - 30_000,
			endsAt: T0 + 500_000 + 90_000
		});
		const clock = exerciseClock(resumed.exercise!, breathing.timing, T0 + 510_000);
		expect(clock.remainingMs).toBe(80_000);
	});

	it('refuses to pause twice, to resume a running one and to start a started one', () => {
		const running = ok(onSlide(0), cmd('start'), T0);
		expect(at(running, cmd('resume'), T0)).toMatchObject({ ok: false });
		expect(at(running, cmd('start'), T0)).toMatchObject({
			ok: false,
			error: { code: 'invalid_state' }
		});
		const paused = ok(running, cmd('pause'), T0 + 1000);
		expect(at(paused, cmd('pause'), T0 + 2000)).toMatchObject({ ok: false });
	});

	it('refuses every command on a slide without an exercise, and before the start', () => {
		for (const verb of ['start', 'pause', 'resume', 'skip', 'stop'] as const)
			expect(at(onSlide(1), cmd(verb), T0)).toMatchObject({
				ok: false,
				error: { code: 'not_found' }
			});
		for (const verb of ['pause', 'resume', 'skip', 'stop'] as const)
			expect(at(onSlide(0), cmd(verb), T0)).toMatchObject({
				ok: false,
				error: { code: 'invalid_state' }
			});
		expect(at(initialState(), cmd('start'), T0)).toMatchObject({ ok: false });
	});

	it('skips through the steps, then stops and opens the check-in', () => {
		let state = ok(onSlide(0), cmd('start'), T0);
		state = ok(state, cmd('skip'), T0 + 1000);
		expect(state.exercise!.step).toBe(1);
		state = ok(state, cmd('skip'), T0 + 2000);
		expect(state.exercise!.step).toBe(2);
		const result = at(state, cmd('skip'), T0 + 3000);
		if (!result.ok) throw new Error(result.error.message);
		expect(result.state.exercise).toMatchObject({ status: 'stopped', remainingMs: 0 });
		for (const id of checkIn) expect(questionPhase(result.state, id)).toBe('open');
		expect(result.state.activeQuestionId).toBeNull();
		expect(result.events).toContainEqual({
			type: 'question:changed',
			questionId: 'ro-pain',
			phase: 'open',
			active: false
		});
	});

	it('stops at any time; a stopped exercise starts again from the beginning', () => {
		const stopped = ok(ok(onSlide(0), cmd('start'), T0), cmd('stop'), T0 + 5000);
		expect(stopped.exercise!.status).toBe('stopped');
		expect(at(stopped, cmd('pause'), T0)).toMatchObject({ ok: false });
		const again = ok(stopped, cmd('start'), T0 + 9000);
		expect(again.exercise).toMatchObject({ status: 'running', step: 0, startedAt: T0 + 9000 });
	});

	it('skips to the next round on the last step of an interval exercise, paused or not', () => {
		const running = ok(onSlide(2), cmd('start'), T0);
		const skipped = ok(running, cmd('skip'), T0 + 5000);
		const clock = exerciseClock(skipped.exercise!, rounds.timing, T0 + 5000);
		expect(clock).toMatchObject({ round: 2, rounds: 3, phase: 'work', phaseRemainingMs: 30_000 });
		const paused = ok(skipped, cmd('pause'), T0 + 6000);
		const third = ok(paused, cmd('skip'), T0 + 7000);
		expect(third.exercise!.status).toBe('paused');
		expect(exerciseClock(third.exercise!, rounds.timing, T0 + 99_000)).toMatchObject({
			round: 3,
			phaseRemainingMs: 30_000
		});
		const done = ok(third, cmd('skip'), T0 + 8000);
		expect(done.exercise!.status).toBe('stopped');
		expect(done.questions).toEqual({});
	});

	it('clears the exercise and closes an open check-in when the slide changes', () => {
		const stopped = ok(ok(onSlide(0), cmd('start'), T0), cmd('stop'), T0 + 5000);
		const moved = ok(stopped, next, T0 + 6000);
		expect(moved.exercise).toBeNull();
		for (const id of checkIn) expect(questionPhase(moved, id)).toBe('closed');
		const running = ok(onSlide(0), cmd('start'), T0);
		expect(ok(running, next, T0 + 1).exercise).toBeNull();
	});

	it('keeps the time left in the state, so a restored state reads the same clock', () => {
		const running = ok(onSlide(0), cmd('start'), T0);
		const restored = JSON.parse(JSON.stringify(running)) as LiveState;
		expect(exerciseClock(restored.exercise!, breathing.timing, T0 + 61_000).remainingMs).toBe(
			59_000
		);
		const paused = JSON.parse(JSON.stringify(ok(running, cmd('pause'), T0 + 10_000))) as LiveState;
		expect(exerciseClock(paused.exercise!, breathing.timing, T0 + 999_999).remainingMs).toBe(
			110_000
		);
	});
});

describe('the exercise clock', () => {
	const timing = { kind: 'interval', workMs: 30_000, restMs: 10_000, rounds: 2 } as const;
	it.each([
		[0, { round: 1, phase: 'work', phaseRemainingMs: 30_000, remainingMs: 70_000 }],
		[31_000, { round: 1, phase: 'rest', phaseRemainingMs: 9_000, phaseMs: 10_000 }],
		[40_000, { round: 2, phase: 'work', phaseRemainingMs: 30_000 }],
		[70_000, { round: 2, phase: 'done', remainingMs: 0, phaseRemainingMs: 0 }],
		[99_000, { round: 2, phase: 'done', remainingMs: 0 }]
	])('at %i ms elapsed reads %j', (elapsed, expected) => {
		expect(clockAt(timing, elapsed)).toMatchObject(expected);
	});

	it('formats mm:ss rounding up', () => {
		expect(formatClock(90_000)).toBe('1:30');
		expect(formatClock(59_001)).toBe('1:00');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(-5)).toBe('0:00');
	});
});
