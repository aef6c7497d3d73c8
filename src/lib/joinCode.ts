/** A session's public join code: six digits, read aloud in the room and typed on phones. */
export const JOIN_CODE_LENGTH = 6;

/** "482913" → "482 913": two groups of three are easier to read aloud and to type. */
export function formatJoinCode(code: string): string {
	return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
