/**
 * Every inbound event passes here: unknown events and oversized payloads are answered with an
 * error ack, payloads are validated with zod, and a throwing handler still answers its ack.
 * Nothing a client sends can crash the server or leave a command unanswered.
 */
import type { z } from 'zod';
import { ackError, MAX_PAYLOAD_BYTES, type Ack } from '../../protocol';
import type { Limits } from '../limits';
import type { LiveSocket } from './types';

type AckFn = (ack: Ack<object>) => void;

function ackOf(args: unknown[]): AckFn | undefined {
	const last = args[args.length - 1];
	return typeof last === 'function' ? (last as AckFn) : undefined;
}

export function guardEvents(socket: LiveSocket, known: ReadonlySet<string>, limits: Limits): void {
	socket.use(async ([event, ...args], next) => {
		const ack = ackOf(args);
		if (!(await limits.event(socket.id))) {
			ack?.(ackError('rate_limited', 'too many messages; slow down'));
			return;
		}
		if (!known.has(event)) {
			ack?.(ackError('bad_request', `unknown event "${event}"`));
			return;
		}
		const payload = ack ? args.slice(0, -1) : args;
		let size = 0;
		try {
			size = JSON.stringify(payload).length;
		} catch {
			size = Infinity;
		}
		if (size > MAX_PAYLOAD_BYTES) {
			ack?.(ackError('payload_too_large', `the message is larger than ${MAX_PAYLOAD_BYTES} bytes`));
			return;
		}
		next();
	});
}

/**
 * Registers one command: validates the payload, runs the handler, and always acknowledges.
 * The handler returns the ack body; a thrown error becomes an `internal` error ack.
 */
export function command<S extends z.ZodType, R extends object>(
	socket: LiveSocket,
	event: string,
	schema: S,
	handle: (payload: z.infer<S>) => Promise<Ack<R>>
): void {
	(socket as unknown as { on(e: string, fn: (...args: unknown[]) => void): void }).on(
		event,
		(...args) => {
			const ack = ackOf(args) ?? (() => undefined);
			const raw = args.length > 1 || !ackOf(args) ? args[0] : undefined;
			const parsed = schema.safeParse(raw ?? {});
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
				ack(
					ackError(
						'bad_request',
						`invalid "${event}" payload: ${where}${issue?.message ?? 'malformed'}`
					)
				);
				return;
			}
			handle(parsed.data).then(ack, (error: unknown) => {
				console.error(`Handler for ${event} failed:`, error);
				ack(ackError('internal', 'the server could not complete this; please try again'));
			});
		}
	);
}

/** Commands of another role get a clear refusal, never a silent drop. */
export function refuse(socket: LiveSocket, events: string[], message: string): void {
	for (const event of events) {
		(socket as unknown as { on(e: string, fn: (...args: unknown[]) => void): void }).on(
			event,
			(...args) => {
				ackOf(args)?.(ackError('forbidden', message));
			}
		);
	}
}
