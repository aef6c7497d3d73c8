/** Every command is acknowledged: with its result, or with an error code and a sentence. */
import { refusalCodes } from '../live/refusal';

export const errorCodes = [
	...refusalCodes,
	'payload_too_large',
	'rate_limited',
	'internal',
	// Raised by the browser itself, never sent by the server:
	'offline',
	'timeout'
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export type AckError = {
	code: ErrorCode;
	message: string;
	/** With `rate_limited`: the seconds after which the same request will be let through. */
	retryAfter?: number;
};
export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: AckError };
