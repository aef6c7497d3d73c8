/**
 * The one logger: JSON lines on stdout (pino), each with a level, a time, the process and, for a
 * request or a connection, its id. Health data and secrets never belong in a log line: callers
 * log counts, route patterns, ids and error messages only, and the redaction list blanks every
 * field that could carry an answer, a name, a code, a key or a cookie if one ever slipped in.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Field names that hold (or could hold) a participant's data or a credential. */
export const REDACTED_FIELDS = [
	'answer',
	'answers',
	'value',
	'values',
	'text',
	'nickname',
	'joinCode',
	'reentryCode',
	'participantId',
	'presenterKey',
	'screenKey',
	'remoteKey',
	'pairingToken',
	'token',
	'password',
	'secret',
	'cookie',
	'cookies',
	'authorization',
	'headers',
	'query',
	'url',
	'auth'
] as const;

export function createLogger(level = 'info', destination?: DestinationStream): Logger {
	const options = {
		level,
		redact: {
			paths: REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]),
			censor: '[redacted]'
		},
		timestamp: pino.stdTimeFunctions.isoTime,
		formatters: { level: (label: string) => ({ level: label }) }
	};
	return destination ? pino(options, destination) : pino(options);
}

const KEY = Symbol.for('forsta.log');
const registry = globalThis as Record<symbol, Logger | undefined>;

/**
 * The process's logger; dev mode may evaluate this module twice, so it lives on globalThis.
 * In-process tests open hundreds of stores: below warnings their lines are only noise.
 */
export const log: Logger = (registry[KEY] ??= createLogger(process.env.VITEST ? 'warn' : 'info'));

/** LOG_LEVEL, once the settings are read (config.ts validated it). */
export function setLogLevel(level: string): void {
	log.level = level;
}
