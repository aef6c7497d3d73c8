// One address opening many sockets at once, in its own process so that the test's own probe is
// not slowed by the flood's client side. Prints one JSON line: how many opened and were refused.
// Usage: node flood.mjs <url> <count> <localAddress> <handshake JSON>
import { io } from 'socket.io-client';

const [url, count, localAddress, auth] = process.argv.slice(2);
const sockets = [];
const outcomes = await Promise.all(
	Array.from({ length: Number(count) }, () => {
		const socket = io(url, {
			auth: JSON.parse(auth),
			localAddress,
			transports: ['websocket'],
			reconnection: false,
			forceNew: true,
			timeout: 20_000
		});
		sockets.push(socket);
		return new Promise((resolve) => {
			socket.once('session:snapshot', () => resolve('opened'));
			socket.once('connect_error', () => resolve('refused'));
		});
	})
);
const opened = outcomes.filter((o) => o === 'opened').length;
process.stdout.write(`${JSON.stringify({ opened, refused: outcomes.length - opened })}\n`);
// Hold the sockets open until the test has taken its measurements and says so.
process.stdin.once('data', () => {
	for (const socket of sockets) socket.disconnect();
	process.exit(0);
});
