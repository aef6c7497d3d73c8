/**
 * Presenter commands: validate → state machine → store → ack → every room gets its view. A
 * paired phone runs the same path for the few commands a remote control needs.
 */
import {
	ackError,
	presenterCommands,
	type Ack,
	type PresenterCommand,
	type PresenterCommandName
} from '../../protocol';
import type { LiveSession, SessionService } from '../sessions';
import { command } from './guard';
import type { Publisher } from './publish';
import type { LiveSocket } from './types';

/** What a phone in the physiotherapist's hand may do: move on, run questions, start a talk. */
export const remoteCommands: PresenterCommandName[] = [
	'slide:next',
	'slide:prev',
	'slide:goto',
	'question:open',
	'question:close',
	'question:reveal',
	'dialogue:show',
	'dialogue:clear'
];

type Deps = { sessions: SessionService; publisher: Publisher };

export function registerPresenter(socket: LiveSocket, deps: Deps): void {
	for (const name of Object.keys(presenterCommands) as PresenterCommandName[]) {
		command(socket, name, presenterCommands[name], async (payload) => {
			const session = await deps.sessions.get(socket.data.sessionId);
			if (!session) return ackError('not_found', 'the session no longer exists');
			return run(session, { type: name, ...payload } as PresenterCommand, deps);
		});
	}
}

export function registerRemote(socket: LiveSocket, deps: Deps): void {
	for (const name of remoteCommands) {
		command(socket, name, presenterCommands[name], async (payload) => {
			const session = await deps.sessions.get(socket.data.sessionId);
			if (!session) return ackError('not_found', 'the session no longer exists');
			// Checked on every command, so a revoked or replaced phone stops at once.
			if (session.record.state.remote.keyHash !== socket.data.remoteKeyHash) {
				socket.disconnect(true);
				return ackError('forbidden', 'this phone is no longer paired with the session');
			}
			return run(session, { type: name, ...payload } as PresenterCommand, deps);
		});
	}
}

async function run(
	session: LiveSession,
	command: PresenterCommand,
	{ sessions, publisher }: Deps
): Promise<Ack<{ seq: number; pairingToken?: string }>> {
	switch (command.type) {
		case 'entry:approve':
		case 'entry:hide': {
			const status = command.type === 'entry:approve' ? 'approved' : 'hidden';
			if (!(await sessions.moderate(session, command.answerId, status))) {
				return ackError('not_found', 'no entry with that id in this session');
			}
			await publisher.publish(session);
			return { ok: true, seq: session.record.state.seq };
		}
		case 'remote:pair': {
			const pairingToken = await sessions.pairRemote(session);
			await publisher.publish(session);
			return { ok: true, seq: session.record.state.seq, pairingToken };
		}
		case 'remote:revoke':
			await sessions.revokeRemote(session);
			publisher.dropRemotes(session.record.id);
			await publisher.publish(session);
			return { ok: true, seq: session.record.state.seq };
		default: {
			const result = await sessions.command(session, command);
			if (!result.ok) return result;
			if (result.events.length > 0) await publisher.publish(session);
			return { ok: true, seq: result.state.seq };
		}
	}
}
