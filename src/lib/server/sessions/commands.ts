/** A presenter's command: through the state machine, into the store, and only then acknowledged. */
import { transition } from '../../live/machine';
import { refuse } from '../../live/refusal';
import type { StateCommand, Transition } from '../../live/types';
import type { SessionService } from './service';
import type { LiveSession } from './session';

export function runCommand(
	sessions: SessionService,
	session: LiveSession,
	command: StateCommand
): Promise<Transition> {
	return sessions.inTurn(session, async () => {
		const before = session.record.state;
		const result = transition(before, command, session.shape, sessions.now());
		if (!result.ok || result.state === before) return result;
		if (command.type === 'question:reset') {
			await sessions.store.deleteAnswers(session.record.id, command.questionId);
			await sessions.store.purge();
		}
		// Another process moved the session on: the next command sees its state.
		if (!(await sessions.saveState(session, result.state, before)))
			return refuse('invalid_state', 'the session changed; try again');
		return result;
	});
}
