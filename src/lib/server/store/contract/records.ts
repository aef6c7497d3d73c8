/** Records for the store contract's tests: a session, an answer, a participant, a live state. */
import { initialState } from '../../../live/machine';
import type { LiveState } from '../../../live/types';
import type { AnswerRecord, SessionRecord } from '../types';

export const DAY = 86_400_000;

export function session(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
	return {
		id,
		joinCode: `${id.length}${id}`.slice(0, 6).padEnd(6, '0'),
		deckId: 'fixture',
		variant: 'PIXI',
		deckJson: JSON.stringify({ id: 'fixture', title: 'Testforløb', note: 'ø æ å — "ja"' }),
		presenterKeyHash: `p-${id}`,
		screenKeyHash: `s-${id}`,
		state: initialState(),
		createdAt: 1_000,
		courseId: null,
		...overrides
	};
}

export function answer(
	sessionId: string,
	participantId: string,
	overrides: Partial<AnswerRecord> = {}
): AnswerRecord {
	return {
		sessionId,
		questionId: 'smerte',
		participantId,
		answerId: `a-${participantId}`,
		value: 5,
		status: null,
		flagged: false,
		answeredAt: 2_000,
		...overrides
	};
}

export const person = (sessionId: string, id: string, joinedAt = 1, nickname = id) => ({
	sessionId,
	id,
	nickname,
	joinedAt
});

export const live = (seq: number, extra: Partial<LiveState> = {}): LiveState => ({
	...initialState(),
	phase: 'live',
	slideIndex: 0,
	seq,
	...extra
});
