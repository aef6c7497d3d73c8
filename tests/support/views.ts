/** Views built from a session in memory: a session service on an in-memory store, and answers. */
import { afterEach, beforeEach } from 'vitest';
import type { StateCommand } from '../../src/lib/live/types';
import type { AnswerValue } from '../../src/lib/questions/values';
import { SessionService } from '../../src/lib/server/sessions/service';
import type { LiveSession } from '../../src/lib/server/sessions/session';
import { createSqliteStore } from '../../src/lib/server/store/sqlite/store';
import type { AnswerRecord, Store } from '../../src/lib/server/store/types';

/** A fresh service for each test of the calling file; read `.sessions` inside the tests. */
export function viewSessions() {
	const holder = {} as { sessions: SessionService };
	let store: Store;
	beforeEach(() => {
		store = createSqliteStore(':memory:');
		holder.sessions = new SessionService(store, () => 1_000);
	});
	afterEach(() => store.close());
	return holder;
}

export async function runAll(
	sessions: SessionService,
	session: LiveSession,
	...commands: StateCommand[]
) {
	for (const command of commands) {
		const result = await sessions.run(session, command);
		if (!result.ok) throw new Error(result.error.message);
	}
}

let counter = 0;
export function answer(
	questionId: string,
	participantId: string,
	value: AnswerValue,
	extra: Partial<AnswerRecord> = {}
): AnswerRecord {
	return {
		sessionId: 'session',
		questionId,
		participantId,
		answerId: `answer-${++counter}`,
		value,
		status: null,
		flagged: false,
		answeredAt: counter,
		...extra
	};
}

export const open = (questionId: string): StateCommand => ({ type: 'question:open', questionId });
export const reveal = (questionId: string): StateCommand => ({
	type: 'question:reveal',
	questionId
});
