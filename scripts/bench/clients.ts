/**
 * One presenter or phone of the load generator: a socket.io client from its own loopback address
 * that keeps the latest state it was sent and timestamps each arrival before doing anything else.
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { z } from 'zod';
import type { Endpoint } from './messages';

const stateSchema = z.object({
	seq: z.number(),
	slideIndex: z.number(),
	slideCount: z.number(),
	question: z.object({ id: z.string() }).nullable()
});
export type ViewState = z.infer<typeof stateSchema>;
const snapshotSchema = z.object({ state: stateSchema });

export type Auth =
	| { role: 'presenter'; sessionId: string; presenterKey: string }
	| { role: 'participant'; joinCode: string; participantId: string };

type Ack = { ok: boolean; error?: { code: string } };

export class BenchClient {
	readonly socket: Socket;
	state: ViewState | null = null;
	/** Frames of session:state received and their JSON size, to check the servers send alike. */
	measureFrames = false;
	stateFrames = 0;
	stateBytes = 0;
	dropped = false;
	private listener: ((state: ViewState, at: number) => void) | null = null;

	constructor({ url, ca }: Endpoint, auth: Auth, localAddress: string) {
		const options: Partial<ManagerOptions & SocketOptions> & { localAddress: string } = {
			transports: ['websocket'],
			forceNew: true,
			autoConnect: false,
			// A lost phone is a finding, not something to paper over with a quiet reconnect.
			reconnection: false,
			timeout: 30_000,
			auth,
			// engine.io-client hands this on to `ws` (and so to net.connect), though its types omit it.
			localAddress,
			// A cluster's nginx has a certificate of its own making.
			...(ca !== null && { ca })
		};
		this.socket = io(url, options);
		this.socket.on('session:state', (raw: unknown) => {
			const at = performance.now();
			if (this.measureFrames) {
				this.stateFrames++;
				this.stateBytes += JSON.stringify(raw).length;
			}
			this.receive(stateSchema.parse(raw), at);
		});
		this.socket.on('session:snapshot', (raw: unknown) => {
			const at = performance.now();
			this.receive(snapshotSchema.parse(raw).state, at);
		});
		this.socket.on('disconnect', (reason) => {
			if (reason !== 'io client disconnect') this.dropped = true;
		});
	}

	private receive(state: ViewState, at: number): void {
		this.state = state;
		this.listener?.(state, at);
	}

	/** Connects (again) and resolves with the moment (performance.now) its snapshot arrived. */
	join(timeoutMs: number): Promise<number> {
		return new Promise((resolve, reject) => {
			const done = (error: Error | null, at = 0) => {
				clearTimeout(timer);
				this.socket.off('session:snapshot', onSnapshot);
				this.socket.off('connect_error', onError);
				if (error) reject(error);
				else resolve(at);
			};
			const onSnapshot = () => done(null, performance.now());
			const onError = (error: Error) => done(error);
			const timer = setTimeout(() => done(new Error('no snapshot in time')), timeoutMs);
			this.socket.once('session:snapshot', onSnapshot);
			this.socket.once('connect_error', onError);
			this.socket.connect();
		});
	}

	/** An acknowledged command; an error ack rejects with its code. */
	async command<T extends object>(event: string, payload: object, timeoutMs: number): Promise<T> {
		const ack = (await this.socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack & T;
		if (!ack.ok) throw new Error(ack.error?.code ?? 'refused');
		return ack;
	}

	/** Resolves with the arrival time of the first state (already held or next) that passes. */
	until(test: (state: ViewState) => boolean): Promise<number> {
		if (this.state && test(this.state)) return Promise.resolve(performance.now());
		return new Promise((resolve) => {
			this.listener = (state, at) => {
				if (!test(state)) return;
				this.listener = null;
				resolve(at);
			};
		});
	}

	stopWaiting(): void {
		this.listener = null;
	}

	/** Counts the bytes of every engine.io message frame until the returned function is called. */
	countBytes(): () => number {
		let bytes = 0;
		const engine = this.socket.io.engine;
		const onPacket = (packet: { type: string; data?: unknown }) => {
			if (packet.type === 'message' && typeof packet.data === 'string') {
				bytes += Buffer.byteLength(packet.data) + 1;
			}
		};
		engine.on('packet', onPacket);
		return () => {
			engine.off('packet', onPacket);
			return bytes;
		};
	}
}

/** Resolves with the arrival time of the last of `clients` to reach a state, or null at the limit. */
export function lastToReach(
	clients: readonly BenchClient[],
	test: (state: ViewState) => boolean,
	timeoutMs: number
): Promise<number | null> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const limit = new Promise<null>(
		(resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))
	);
	const all = Promise.all(clients.map((client) => client.until(test))).then((times) =>
		Math.max(...times)
	);
	return Promise.race([all, limit]).then((at) => {
		clearTimeout(timer);
		if (at === null) for (const client of clients) client.stopWaiting();
		return at;
	});
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function pool<T>(
	items: readonly T[],
	limit: number,
	work: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * The first reconnection delay of the n-th phone: socket.io-client's default of 1 s with its
 * randomization of ± 50 %, from a fixed sequence so every server meets the same storm.
 */
export function reconnectDelay(n: number): number {
	const unit = ((n * 2_654_435_761) % 2 ** 32) / 2 ** 32;
	return 500 + 1000 * unit;
}

/** The coordinator gives start times on the wall clock; each process times on its own monotonic one. */
export const epochToPerf = (epochMs: number) => performance.now() + (epochMs - Date.now());
export const waitPerf = (at: number) =>
	new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
