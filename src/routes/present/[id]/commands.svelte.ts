/**
 * Every command the console sends goes through here: typed by its event name, its ack awaited,
 * and a refusal turned into the one failure message the console shows.
 */
import { t } from '$lib/i18n/i18n.svelte';
import type { AckOf, Payload, PresenterCommandName } from '$lib/protocol';
import type { LiveConnection } from '$lib/realtime/connection.svelte';

export class CommandRunner {
	/** Why the last command (or download) failed; cleared by the next command that succeeds. */
	failure = $state<string | null>(null);
	readonly #conn: Pick<LiveConnection, 'send'>;

	constructor(conn: Pick<LiveConnection, 'send'>) {
		this.#conn = conn;
	}

	async run<E extends PresenterCommandName>(event: E, payload: Payload<E>): Promise<AckOf<E>> {
		const ack = await this.#conn.send(event, payload);
		this.failure = ack.ok ? null : t(`problem.${ack.error.code}`);
		return ack;
	}

	/** A failure outside the socket, such as a download, shows in the same place. */
	fail(message: string): void {
		this.failure = message;
	}
}
