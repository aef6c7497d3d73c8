/** "482913" → "482 913": two groups of three are easier to read aloud and to type. */
export function formatJoinCode(code: string): string {
	return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
