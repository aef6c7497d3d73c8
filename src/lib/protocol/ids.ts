/**
 * The random ids clients make or hold: URL-safe base64 of enough random bytes. A plain module
 * without zod, so the phone can check the id it keeps with the server's own pattern and never
 * loads zod (the server validates everything it receives with the schemas in the other files).
 */
const token = (min: number, max: number) => new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`);

/** A participant id is made on the phone and kept there; it is pseudonymous, never personal. */
export const PARTICIPANT_ID_PATTERN = token(16, 64);
/** Session ids and answer ids. */
export const SHORT_ID_PATTERN = token(8, 64);
/** Presenter, screen and remote keys and pairing tokens: 256-bit secrets. */
export const SECRET_PATTERN = token(32, 128);

/** The longest nickname the server keeps; the phone's field stops there too. */
export const NICKNAME_MAX = 40;

export const isParticipantId = (value: unknown): value is string =>
	typeof value === 'string' && PARTICIPANT_ID_PATTERN.test(value);
