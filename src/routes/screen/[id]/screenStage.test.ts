import { describe, expect, it } from 'vitest';
import type { ExerciseView, PublicState, QuestionView } from '$lib/protocol';
import { publicState } from '../../../../tests/support/states';
import { screenStage } from './screenStage';

const question: QuestionView = { id: 'q', type: 'agree5', text: 'Enig?', phase: 'revealed' };
const results = { questionId: 'q', type: 'withheld', total: 1, needed: 3 } as const;
const exercise = (
	status: 'running' | 'paused' | 'stopped' | null,
	revealed = false
): ExerciseView => ({
	id: 'ro',
	name: 'Ro',
	steps: ['Sid.'],
	timing: { kind: 'duration', ms: 60_000 },
	pace: null,
	run: status
		? {
				slideIndex: 0,
				exerciseId: 'ro',
				status,
				step: 0,
				startedAt: 0,
				endsAt: 60_000,
				remainingMs: null
			}
		: null,
	checkIn: revealed ? [{ question, results }] : []
});
const live = (parts: Partial<PublicState>): PublicState => ({ ...publicState(1), ...parts });

describe('what takes the TV', () => {
	it('nothing on a plain slide, nor for an exercise not yet started', () => {
		expect(screenStage(live({}))).toBeNull();
		expect(screenStage(live({ exercise: exercise(null) }))).toBeNull();
	});

	it('a running or paused exercise, even with an earlier result still revealed', () => {
		for (const status of ['running', 'paused'] as const)
			expect(screenStage(live({ exercise: exercise(status), question, results }))).toBe('exercise');
	});

	it('a talk prompt before anything else', () => {
		const dialogue = { text: 'Tal sammen', endsAt: null, questionId: null };
		expect(screenStage(live({ dialogue, exercise: exercise('running', true) }))).toBe('dialogue');
	});

	it('a revealed check-in, then revealed results, then a stopped exercise', () => {
		expect(screenStage(live({ exercise: exercise('stopped', true), question, results }))).toBe(
			'check-in'
		);
		expect(screenStage(live({ exercise: exercise('stopped'), question, results }))).toBe('results');
		expect(screenStage(live({ exercise: exercise('stopped') }))).toBe('exercise');
		expect(screenStage(live({ question, results }))).toBe('results');
	});
});
