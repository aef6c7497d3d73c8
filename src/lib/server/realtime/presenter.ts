/** Presenter commands: validate → state machine → store → ack → every room gets its view. */
import {
	ackError,
	presenterCommands,
	type PresenterCommand,
	type PresenterCommandName
} from '../../protocol';
import type { SessionService } from '../sessions';
import { command } from './guard';
import type { Publisher } from './publish';
import type { LiveSocket } from './types';

export function registerPresenter(
	socket: LiveSocket,
	sessions: SessionService,
	publisher: Publisher
): void {
	for (const name of Object.keys(presenterCommands) as PresenterCommandName[]) {
		command(socket, name, presenterCommands[name], async (payload) => {
			const session = await sessions.get(socket.data.sessionId);
			if (!session) return ackError('not_found', 'the session no longer exists');
			const command = { type: name, ...payload } as PresenterCommand;
			if (command.type === 'entry:approve' || command.type === 'entry:hide') {
				const status = command.type === 'entry:approve' ? 'approved' : 'hidden';
				if (!(await sessions.moderate(session, command.answerId, status))) {
					return ackError('not_found', 'no entry with that id in this session');
				}
				await publisher.publish(session);
				return { ok: true, seq: session.record.state.seq };
			}
			const result = await sessions.command(session, command);
			if (!result.ok) return result;
			if (result.events.length > 0) await publisher.publish(session);
			return { ok: true, seq: result.state.seq };
		});
	}
}
