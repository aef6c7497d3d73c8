import type { ConsoleConnection } from '$lib/realtime/connection.svelte';

/**
 * Pairing the physiotherapist's own phone as a remote. The one-time token lives only in this
 * page's memory and the QR code; the server keeps its hash.
 */
export class RemotePairing {
	/** The address the phone opens, token included, while a pairing is on offer. */
	url = $state<string | null>(null);
	readonly #conn: Pick<ConsoleConnection, 'run'>;
	readonly #remoteBase: string;

	constructor(conn: Pick<ConsoleConnection, 'run'>, joinBase: string, sessionId: string) {
		this.#conn = conn;
		this.#remoteBase = `${joinBase}/remote/${sessionId}`;
	}

	async pair(): Promise<void> {
		const ack = await this.#conn.run('remote:pair', {});
		if (ack.ok) this.url = `${this.#remoteBase}#p=${ack.pairingToken}`;
	}

	async revoke(): Promise<void> {
		this.url = null;
		await this.#conn.run('remote:revoke', {});
	}
}
