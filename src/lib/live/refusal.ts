/**
 * A command turned down: a code the caller can act on and a sentence a person can read. The
 * state machine, the session service and the socket layer all answer a refusal this way.
 */
export type Refusal<Code extends string = RefusalCode> = {
	ok: false;
	error: { code: Code; message: string };
};

/** Why the domain turns a command down; the socket layer adds its own reasons (protocol/acks.ts). */
export const refusalCodes = [
	'bad_request',
	'forbidden',
	'not_found',
	'session_ended',
	'invalid_state'
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export function refuse<Code extends string>(code: Code, message: string): Refusal<Code> {
	return { ok: false, error: { code, message } };
}
