/**
 * Local input (ticks, text, questionnaire answers) starts from the stored answer and follows it
 * when it changes elsewhere, e.g. in a second tab. The server's echo of something this phone sent
 * earlier must not overwrite newer input, so every value sent from here is remembered.
 */
export class Echo {
	#sent = new Set<string>();
	#last: string;

	constructor(initial: unknown) {
		this.#last = key(initial);
	}

	/** Call with every value this phone sends. */
	mark(value: unknown): void {
		const k = key(value);
		this.#sent.add(k);
		this.#last = k;
	}

	/** True when the stored value is new and did not come from here: local input should follow it. */
	isForeign(value: unknown): boolean {
		const k = key(value);
		if (k === this.#last || this.#sent.has(k)) return false;
		this.#last = k;
		return true;
	}
}

function key(value: unknown): string {
	return JSON.stringify(value ?? null);
}
