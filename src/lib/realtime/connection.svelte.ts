/**
 * The one place a page owns its socket: it connects, says who it is, follows the connection's
 * ups and downs and sends commands. What the server sends is applied by the LiveView it extends.
 */
import { io } from 'socket.io-client';
import { t } from '$lib/i18n/i18n.svelte';
import type {
	AckError,
	AckOf,
	CommandName,
	Handshake,
	Payload,
	PresenterCommandName
} from '$lib/protocol';
import { LiveView, type LiveClient } from './liveView.svelte';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'restarting' | 'rejected';

const COMMAND_TIMEOUT_MS = 8000;
/**
 * The one cast at the socket boundary: socket.io's types cannot follow a generic event name
 * through the acknowledgement they add for `timeout()`. The event map ties each command to its
 * payload and its ack, so this says no more than ClientToServerEvents does.
 */
type CommandEmitter = {
	emitWithAck<E extends CommandName>(event: E, payload: Payload<E>): Promise<AckOf<E>>;
};

export type ConnectionOptions = {
	/** Where the server is; a page connects to the server it came from. */
	url?: string;
	/** How long a command waits for its acknowledgement. */
	commandTimeoutMs?: number;
};

/**
 * A page's connection, typed by the commands its role sends: the console's may send only
 * presenter commands, so a participant's command there is a compile error.
 */
export class LiveConnection<C extends CommandName = CommandName> extends LiveView {
	status = $state<ConnectionStatus>('connecting');
	rejection = $state<AckError | null>(null);
	/** Why the last command (or download) failed, in the page's words; cleared when one succeeds. */
	failure = $state<string | null>(null);
	readonly socket: LiveClient;
	private readonly commandTimeoutMs: number;
	private retry: ReturnType<typeof setTimeout> | undefined;

	constructor(auth: Handshake, options: ConnectionOptions = {}) {
		super();
		this.commandTimeoutMs = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
		this.socket = io(options.url, {
			auth,
			// Several instances accept websockets only, and say so in the page (hooks.server.ts).
			transports: websocketOnly() ? ['websocket'] : ['websocket', 'polling'],
			reconnectionDelayMax: 4000
		});
		const s = this.socket;
		s.on('connect', () => {
			this.status = 'online';
			this.rejection = null;
		});
		s.on('server:restarting', () => (this.status = 'restarting'));
		s.on('disconnect', (reason) => {
			if (this.status !== 'restarting') this.status = 'offline';
			// The server closed us on purpose (e.g. the session was deleted): ask again, and the
			// handshake's answer says why.
			if (reason === 'io server disconnect') s.connect();
		});
		s.on('connect_error', (error: Error & { data?: AckError }) => {
			// A refusal by the server is final, except a wait, after which the phone asks again by
			// itself; anything else is the network and is retried.
			if (error.data?.code) {
				this.status = 'rejected';
				this.rejection = error.data;
				s.disconnect();
				if (error.data.code === 'rate_limited')
					this.retry = setTimeout(() => s.connect(), (error.data.retryAfter ?? 10) * 1000);
			} else this.status = 'offline';
		});
		this.follow(s);
		// Development and the end-to-end tests reach the live socket here (e.g. to drop it); a
		// production page hands no handle on its connection to other scripts.
		if (
			typeof window !== 'undefined' &&
			(import.meta.env.DEV || document.querySelector('meta[name="forsta-test-hooks"]'))
		) {
			Object.assign(window, { __forsta: { socket: s } });
		}
	}

	/** Sends a command and waits for its acknowledgement; a timeout becomes an error, not a hang. */
	async send<E extends C>(event: E, payload: Payload<E>): Promise<AckOf<E>> {
		if (!this.socket.connected) {
			return { ok: false, error: { code: 'offline', message: 'not connected' } };
		}
		try {
			const timed = this.socket.timeout(this.commandTimeoutMs) as CommandEmitter;
			return await timed.emitWithAck(event, payload);
		} catch {
			return { ok: false, error: { code: 'timeout', message: 'no answer from the server' } };
		}
	}

	/** Sends a command and keeps the message of its refusal, if any, for the page to show. */
	async run<E extends C>(event: E, payload: Payload<E>): Promise<AckOf<E>> {
		const ack = await this.send(event, payload);
		this.failure = ack.ok ? null : t(`problem.${ack.error.code}`);
		return ack;
	}

	/** A failure outside the socket, such as a download, shows in the same place. */
	fail(message: string): void {
		this.failure = message;
	}

	close(): void {
		clearTimeout(this.retry);
		this.socket.disconnect();
	}
}

function websocketOnly(): boolean {
	return (
		typeof document !== 'undefined' &&
		document.querySelector('meta[name="forsta-transport"]')?.getAttribute('content') === 'websocket'
	);
}

/** The presenter console's connection. */
export type ConsoleConnection = LiveConnection<PresenterCommandName>;
