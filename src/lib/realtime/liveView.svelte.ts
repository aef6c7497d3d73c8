/**
 * What a page shows of its session, moved only forward by sequence number: a late, duplicated
 * or reordered message can never take a screen backwards. A snapshot replaces everything, so a
 * page that reconnects, reloads or meets a restarted server starts again from the truth.
 */
import type { Socket } from 'socket.io-client';
import type {
	ClientToServerEvents,
	PresenterState,
	PublicState,
	ServerToClientEvents,
	Snapshot
} from '$lib/protocol';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export class LiveView {
	snapshot = $state<Snapshot | null>(null);
	state = $state<PublicState | null>(null);
	presenter = $state<PresenterState | null>(null);
	/** How far the server's clock is ahead of this device's, for timers set by the server. */
	serverOffset = $state(0);
	/** Bumped on every snapshot: pages use it to re-read private data such as own answers. */
	snapshots = $state(0);

	/** Applies the session's state events as they arrive on this socket. */
	protected follow(socket: LiveClient): void {
		socket.on('session:snapshot', (snapshot) => this.applySnapshot(snapshot));
		socket.on('session:state', (state) => this.applyState(state));
		socket.on('presenter:state', (state) => this.applyPresenter(state));
	}

	applySnapshot(snapshot: Snapshot, now = Date.now()): void {
		this.snapshot = snapshot;
		this.state = snapshot.state;
		this.serverOffset = snapshot.state.serverNow - now;
		if (snapshot.role === 'presenter') this.presenter = snapshot.presenter;
		this.snapshots += 1;
	}

	applyState(state: PublicState, now = Date.now()): void {
		if (!this.state || state.seq >= this.state.seq) this.state = state;
		this.serverOffset = state.serverNow - now;
	}

	applyPresenter(state: PresenterState): void {
		if (!this.presenter || state.seq >= this.presenter.seq) this.presenter = state;
	}
}
