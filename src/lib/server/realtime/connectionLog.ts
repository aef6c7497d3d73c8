/**
 * Connections in the log: each connect and disconnect at debug level with its connection id and
 * role, and once a minute, when anything happened, the counts at info level. Never the socket's
 * handshake (it holds join codes, keys and nicknames).
 */
import { log } from '../log';
import { connectionId, type IO, type LiveSocket } from './types';

const SUMMARY_MS = 60_000;

export function logConnections(io: IO): { stop(): void } {
	let connects = 0;
	let disconnects = 0;
	const connected = () => io.of('/').sockets.size;
	io.on('connection', (socket: LiveSocket) => {
		connects += 1;
		const conn = connectionId(socket);
		log.debug({ conn, role: socket.data.role, connected: connected() }, 'socket connected');
		socket.on('disconnect', (reason) => {
			disconnects += 1;
			log.debug({ conn, reason, connected: connected() }, 'socket disconnected');
		});
	});
	const timer = setInterval(() => {
		if (connects + disconnects === 0) return;
		log.info({ connects, disconnects, connected: connected() }, 'sockets');
		connects = disconnects = 0;
	}, SUMMARY_MS);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
