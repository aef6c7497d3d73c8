/**
 * Presenter commands: validate → state machine → store → ack → every room gets its view. A
 * paired phone runs the same path for the few commands a remote control needs.
 */
import { refuse } from '../../live/refusal';
import type { StateCommand } from '../../live/types';
import { isPresenterCommand, presenterCommands, type PresenterCommandName } from '../../protocol';
import { moderate as setStatus } from '../sessions/answers';
import { pairRemote, revokeRemote } from '../sessions/remote';
import type { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';
import type { Commands, Handler } from './guard';
import type { Publisher } from './publish';
import type { LiveSocket } from './types';

/** What a phone in the physiotherapist's hand may do: move on, run questions, start a talk. */
export const remoteCommands = [
	'slide:next',
	'slide:prev',
	'slide:goto',
	'question:open',
	'question:close',
	'question:reveal',
	'dialogue:show',
	'dialogue:clear',
	'film:play',
	'film:pause',
	'exercise:start',
	'exercise:pause',
	'exercise:resume',
	'exercise:skip'
] as const satisfies readonly PresenterCommandName[];

type Deps = { sessions: SessionService; publisher: Publisher };
type Handlers = { [E in PresenterCommandName]: Handler<E> };

function handlersOf({ sessions, publisher }: Deps): Handlers {
	/** A command of the state machine: the new state is stored, then every room sees it. */
	const step = async (session: LiveSession, command: StateCommand) => {
		const result = await sessions.run(session, command);
		if (!result.ok) return result;
		if (result.events.length > 0) await publisher.publish(session);
		return { ok: true as const, seq: result.state.seq };
	};
	const moderate: Handler<'entry:approve' | 'entry:hide'> = async (session, command) => {
		const status = command.type === 'entry:approve' ? 'approved' : 'hidden';
		if (!(await setStatus(sessions, session, command.answerId, status)))
			return refuse('not_found', 'no entry with that id in this session');
		await publisher.publish(session);
		return { ok: true, seq: session.record.state.seq };
	};
	return {
		'slide:goto': step,
		'slide:next': step,
		'slide:prev': step,
		'question:open': step,
		'question:close': step,
		'question:reveal': step,
		'question:reset': step,
		'question:add': step,
		'dialogue:show': step,
		'dialogue:clear': step,
		'film:play': step,
		'film:pause': step,
		'film:rewind': step,
		'exercise:start': step,
		'exercise:pause': step,
		'exercise:resume': step,
		'exercise:skip': step,
		'exercise:stop': step,
		'session:mode': step,
		'session:end': step,
		'entry:approve': moderate,
		'entry:hide': moderate,
		async 'remote:pair'(session) {
			const pairingToken = await pairRemote(sessions, session);
			await publisher.publish(session);
			return { ok: true, seq: session.record.state.seq, pairingToken };
		},
		async 'remote:revoke'(session) {
			await revokeRemote(sessions, session);
			publisher.dropRemotes(session.record.id);
			await publisher.publish(session);
			return { ok: true, seq: session.record.state.seq };
		}
	};
}

/** The presenter's console gets every presenter command; a paired phone the remote's few. */
export function registerPresenter(commands: Commands, socket: LiveSocket, deps: Deps): void {
	const handlers = handlersOf(deps);
	const on = <E extends PresenterCommandName>(event: E) => commands.on(event, handlers[event]);
	if (socket.data.role === 'remote') for (const event of remoteCommands) on(event);
	else for (const event of Object.keys(presenterCommands)) if (isPresenterCommand(event)) on(event);
}
