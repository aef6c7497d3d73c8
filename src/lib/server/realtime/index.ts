/**
 * socket.io on the same HTTP server as the pages. `createRealtime` takes its dependencies so
 * tests can boot it on a random port with their own store; `attachRealtime` wires the app's.
 */
import type { IncomingHttpHeaders, Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createLimits, type Limits } from '../limits';
import { Server } from 'socket.io';
import { SharedPresence } from '../cluster/presence';
import type { Shared } from '../cluster/redis';
import { MAX_PAYLOAD_BYTES } from '../../protocol';
import { startApp } from '../app';
import { clientAddress, type ProxySettings } from '../clientAddress';
import { proxyOf } from '../config';
import { allowedHosts, hostAllowed } from '../hosts';
import { log } from '../log';
import { join } from '../sessions/answers';
import type { SessionService } from '../sessions/service';
import { authenticate } from './auth';
import { capConnections, SOCKETS_PER_ADDRESS } from './connectionCap';
import { logConnections } from './connectionLog';
import { Commands, guardEvents } from './guard';
import { InFlight } from './inflight';
import { registerParticipant } from './participant';
import { linkPeers, sessionRooms } from './peers';
import { Presence, type Online } from './presence';
import { registerPresenter } from './presenter';
import { createPublisher } from './publish';
import { connectionId, rooms, type IO, type LiveSocket } from './types';

export type Realtime = {
	io: IO;
	/** Tells this instance's own clients that the server restarts (not the session). */
	tellRestart(): void;
	/** Closes every socket, then waits for the commands under way to commit their writes. */
	close(): Promise<void>;
};

/** How long a shutdown waits for commands already under way. */
export const SETTLE_MS = 5000;

export type RealtimeOptions = {
	limits?: Limits;
	/** adapter-node's ADDRESS_HEADER / XFF_DEPTH, so sockets see the client pages see. */
	proxy?: ProxySettings;
	/** Host names the upgrade answers for (DNS rebinding); IP addresses always pass. */
	hosts?: Set<string>;
	/** Open connections one client may hold at once. */
	socketsPerAddress?: number;
	/** The address phones use, when it differs from the Host header (PUBLIC_URL). */
	publicUrl?: string;
	/**
	 * Several instances (REDIS_URL): broadcasts, notes between instances, who is online and the
	 * limits go through Redis, and sockets speak websocket only, so no proxy stickiness is needed.
	 */
	shared?: Shared;
};

export function createRealtime(
	httpServer: HttpServer,
	sessions: SessionService,
	options: RealtimeOptions = {}
): Realtime {
	const limits = options.limits ?? createLimits();
	const proxy = options.proxy ?? { xffDepth: 1 };
	const hosts = options.hosts ?? allowedHosts({ publicUrl: options.publicUrl });
	const cap = capConnections(options.socketsPerAddress ?? SOCKETS_PER_ADDRESS);
	const { shared } = options;
	const io: IO = new Server(httpServer, {
		serveClient: false,
		...(shared && {
			transports: ['websocket'],
			adapter: createAdapter(shared.queued, {
				streamName: `${shared.prefix}:socket.io`,
				channelPrefix: `${shared.prefix}:socket.io`,
				sessionKeyPrefix: `${shared.prefix}:sio:session:`
			})
		}),
		// CORS does not protect websockets: a page on another site must not open one to us.
		allowRequest: (request, callback) => {
			if (
				!sameOrigin(request.headers, options.publicUrl) ||
				!hostAllowed(request.headers.host, hosts)
			)
				return callback(null, false);
			let client: string;
			try {
				client = clientAddress(
					(name) => request.headers[name],
					request.socket.remoteAddress,
					proxy
				);
			} catch {
				return callback('the request did not come through the configured proxy', false);
			}
			callback(null, cap.admit(request, client));
		},
		// Room for the largest legitimate command with margin; bigger frames close the connection,
		// anything between the two gets a `payload_too_large` error ack from the guard.
		maxHttpBufferSize: MAX_PAYLOAD_BYTES * 8
	});
	const presence: Online = shared ? new SharedPresence(shared) : new Presence();
	const publisher = createPublisher(io, sessions, presence);
	const peers = shared ? linkPeers(io, sessions, publisher) : undefined;
	const inFlight = new InFlight();
	const connections = logConnections(io);
	cap.watch(io);
	authenticate(io, sessions, limits, proxy);
	// A deleted session takes its connections with it, on every instance; phones then show that
	// it has ended.
	sessions.onChange(({ sessionId, kind }) => {
		if (kind === 'deleted') io.in(sessionRooms(sessionId)).disconnectSockets(true);
	});

	io.on('connection', async (socket: LiveSocket) => {
		const { role, sessionId } = socket.data;
		const participantId = socket.data.participantId;
		const commands = new Commands(socket, sessions);
		guardEvents(socket, commands, limits, inFlight);
		if (role === 'presenter' || role === 'remote')
			registerPresenter(commands, socket, { sessions, publisher });
		else if (role === 'participant') registerParticipant(commands, socket, { sessions, publisher });
		commands.on('session:sync', async (session) => ({
			ok: true,
			snapshot: await publisher.snapshot(session, socket.data)
		}));

		try {
			const session = await sessions.get(sessionId);
			if (!session) return void socket.disconnect(true);
			if (role === 'participant' && participantId) {
				await join(sessions, session, participantId, socket.data.nickname || undefined);
				const listed = presence.add(sessionId, participantId);
				void socket.join([
					rooms.participants(sessionId),
					rooms.participant(sessionId, participantId)
				]);
				socket.on('disconnect', () => {
					// Other instances count again once the shared list no longer has the phone.
					void Promise.resolve(presence.remove(sessionId, participantId)).then(() => {
						publisher.publishSoon(session);
						peers?.presenceChanged(sessionId);
					});
				});
				await listed;
			} else {
				if (role === 'remote') {
					// A newly paired phone replaces the one before it: one remote at a time.
					if (socket.data.newRemoteKey) publisher.dropRemotes(sessionId, socket.id);
					await publisher.publish(session);
				}
				void socket.join(
					role === 'presenter'
						? rooms.presenter(sessionId)
						: role === 'remote'
							? rooms.remote(sessionId)
							: rooms.screen(sessionId)
				);
			}
			// Every (re)connect gets the full current state, whatever was missed in between.
			socket.emit('session:snapshot', await publisher.snapshot(session, socket.data));
			if (role === 'participant') {
				publisher.publishSoon(session);
				peers?.presenceChanged(sessionId);
			}
		} catch (err) {
			log.error({ conn: connectionId(socket), err }, 'connection set-up failed');
			socket.disconnect(true);
		}
	});

	let told = false;
	const tellRestart = () => {
		if (told) return;
		told = true;
		// The one message for every socket at once: the server is going, not the session. Only
		// this instance's own sockets: with several instances, the others stay up.
		io.local.emit('server:restarting');
	};
	return {
		io,
		tellRestart,
		close: async () => {
			tellRestart();
			publisher.stop();
			connections.stop();
			// This instance's phones leave the shared online list at once.
			await presence.stop?.();
			await new Promise<void>((resolve) => void io.close(() => resolve()));
			if (!(await inFlight.settle(SETTLE_MS)))
				log.warn({ pending: inFlight.size }, 'commands still running at shutdown');
			await shared?.close();
		}
	};
}

/** The app's realtime layer; the store stays open (a shutdown closes it after the HTTP side). */
export async function attachRealtime(httpServer: HttpServer): Promise<Realtime> {
	const app = await startApp();
	return createRealtime(httpServer, app.sessions, {
		limits: app.limits,
		proxy: proxyOf(app.config),
		hosts: app.hosts,
		publicUrl: app.config.PUBLIC_URL,
		shared: app.shared
	});
}

/** Browsers always send Origin on a websocket handshake; other clients (tests, tools) send none. */
export function sameOrigin(headers: IncomingHttpHeaders, publicUrl?: string): boolean {
	const origin = headers.origin;
	if (!origin) return true;
	try {
		const host = new URL(origin).host;
		return (
			host === headers.host ||
			host === headers['x-forwarded-host'] ||
			(!!publicUrl && host === new URL(publicUrl).host)
		);
	} catch {
		return false;
	}
}
