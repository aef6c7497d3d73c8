/**
 * Every inbound event passes here: unknown events, floods and oversized payloads are answered
 * with an error ack, payloads are validated with zod, and a throwing handler still answers its
 * ack. Nothing a client sends can crash the server or leave a command unanswered.
 */
import type { z } from 'zod';
import { refuse } from '../../live/refusal';
import {
	commandSchemas,
	isCommand,
	isParticipantCommand,
	isPresenterCommand,
	MAX_PAYLOAD_BYTES,
	type Ack,
	type AckOf,
	type CommandName,
	type Parsed,
	type Payload
} from '../../protocol';
import type { Limits } from '../limits';
import { log } from '../log';
import type { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';
import type { InFlight } from './inflight';
import { connectionId, type LiveSocket } from './types';

/** One command's handler: its session and checked payload in, that very command's ack out. */
export type Handler<E extends CommandName> = (
	session: LiveSession,
	payload: Parsed<E>
) => Promise<AckOf<E>>;

type Run = (raw: unknown) => Promise<Ack>;

/** Each schema seen as what it is for its own event, so a handler gets its own payload's type. */
const schemas: { [E in CommandName]: z.ZodType<Parsed<E>, Payload<E>> } = commandSchemas;

/** The commands one socket may send, each bound to its handler. */
export class Commands {
	private readonly runs = new Map<string, Run>();

	constructor(
		private readonly socket: LiveSocket,
		private readonly sessions: SessionService
	) {}

	on<E extends CommandName>(event: E, handle: Handler<E>): void {
		const schema = schemas[event];
		this.runs.set(event, async (raw) => {
			const parsed = schema.safeParse(raw ?? {});
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
				const reason = issue?.message ?? 'malformed';
				return refuse('bad_request', `invalid "${event}" payload: ${where}${reason}`);
			}
			const session = await this.session();
			return 'record' in session ? handle(session, parsed.data) : session;
		});
	}

	run(event: string): Run {
		const known = this.runs.get(event);
		if (known) return known;
		// Commands of another role get a clear refusal, never a silent drop.
		const message = isPresenterCommand(event)
			? 'only the presenter can do that'
			: isParticipantCommand(event)
				? 'only participants can do that'
				: null;
		return async () =>
			message ? refuse('forbidden', message) : refuse('bad_request', `unknown event "${event}"`);
	}

	/** The socket's session, looked up again for every command; a remote's pairing is checked too. */
	private async session() {
		const session = await this.sessions.get(this.socket.data.sessionId);
		if (!session) return refuse('not_found', 'the session no longer exists');
		const { role, remoteKeyHash } = this.socket.data;
		// Checked on every command, so a revoked or replaced phone stops at once.
		if (role === 'remote' && session.record.state.remote.keyHash !== remoteKeyHash) {
			this.socket.disconnect(true);
			return refuse('forbidden', 'this phone is no longer paired with the session');
		}
		return session;
	}
}

/** The ack callback socket.io puts last among a packet's arguments, when the client asked for one. */
function ackOf(args: unknown[]): ((ack: Ack) => void) | undefined {
	const last = args[args.length - 1];
	return typeof last === 'function' ? (ack) => last(ack) : undefined;
}

function sizeOf(payload: unknown[]): number {
	try {
		return JSON.stringify(payload).length;
	} catch {
		return Infinity;
	}
}

/** Dispatches every packet the socket receives to its command, and acknowledges every one. */
export function guardEvents(
	socket: LiveSocket,
	commands: Commands,
	limits: Limits,
	inFlight?: InFlight
): void {
	socket.use(async ([event, ...args]) => {
		const ack = ackOf(args);
		if (!(await limits.event(socket.id))) {
			ack?.(refuse('rate_limited', 'too many messages; slow down'));
			return;
		}
		const run = commands.run(event);
		if (!isCommand(event)) {
			ack?.(await run(undefined));
			return;
		}
		if (sizeOf(ack ? args.slice(0, -1) : args) > MAX_PAYLOAD_BYTES) {
			ack?.(refuse('payload_too_large', `the message is larger than ${MAX_PAYLOAD_BYTES} bytes`));
			return;
		}
		const raw = args.length > 1 || !ack ? args[0] : undefined;
		const work = run(raw).then(
			(result) => ack?.(result),
			(err: unknown) => {
				log.error({ conn: connectionId(socket), event, err }, 'command handler failed');
				ack?.(refuse('internal', 'the server could not complete this; please try again'));
			}
		);
		inFlight?.track(work);
	});
}
