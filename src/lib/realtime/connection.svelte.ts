/**
 * The one place a page owns its socket. It applies snapshots and state updates by sequence
 * number, so a late, duplicated or reordered message can never move a screen backwards.
 */
import { io, type Socket } from 'socket.io-client';
import type {
	AckError,
	AckOf,
	CommandName,
	Payload,
	ClientToServerEvents,
	Handshake,
	PresenterState,
	PublicState,
	ServerToClientEvents,
	Snapshot
} from '$lib/protocol';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'restarting' | 'rejected';
type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

const COMMAND_TIMEOUT_MS = 8000;
/**
 * The one cast at the socket boundary: socket.io's types cannot follow a generic event name
 * through the acknowledgement they add for `timeout()`. The event map ties each command to its
 * payload and its ack, so this says no more than ClientToServerEvents does.
 */
type CommandEmitter = {
	emitWithAck<E extends CommandName>(event: E, payload: Payload<E>): Promise<AckOf<E>>;
};

export class LiveConnection {
	status = $state<ConnectionStatus>('connecting');
	rejection = $state<AckError | null>(null);
	snapshot = $state<Snapshot | null>(null);
	state = $state<PublicState | null>(null);
	presenter = $state<PresenterState | null>(null);
	/** How far the server's clock is ahead of this device's, for timers set by the server. */
	serverOffset = $state(0);
	/** Bumped on every snapshot: pages use it to re-read private data such as own answers. */
	snapshots = $state(0);
	readonly socket: LiveClient;
	private retry: ReturnType<typeof setTimeout> | undefined;

	constructor(auth: Handshake) {
		this.socket = io({ auth, transports: ['websocket', 'polling'], reconnectionDelayMax: 4000 });
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
		s.on('session:snapshot', (snapshot) => {
			this.snapshot = snapshot;
			this.state = snapshot.state;
			this.serverOffset = snapshot.state.serverNow - Date.now();
			if (snapshot.role === 'presenter') this.presenter = snapshot.presenter;
			this.snapshots += 1;
		});
		s.on('session:state', (state) => {
			if (!this.state || state.seq >= this.state.seq) this.state = state;
			this.serverOffset = state.serverNow - Date.now();
		});
		s.on('presenter:state', (state) => {
			if (!this.presenter || state.seq >= this.presenter.seq) this.presenter = state;
		});
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
	async send<E extends CommandName>(event: E, payload: Payload<E>): Promise<AckOf<E>> {
		if (!this.socket.connected) {
			return { ok: false, error: { code: 'offline', message: 'not connected' } };
		}
		try {
			const timed = this.socket.timeout(COMMAND_TIMEOUT_MS) as CommandEmitter;
			return await timed.emitWithAck(event, payload);
		} catch {
			return { ok: false, error: { code: 'timeout', message: 'no answer from the server' } };
		}
	}

	close(): void {
		clearTimeout(this.retry);
		this.socket.disconnect();
	}
}
