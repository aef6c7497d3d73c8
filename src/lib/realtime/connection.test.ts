/** LiveConnection in Node, against a socket.io server of the test's own and against the real one. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMessages, t } from '$lib/i18n/i18n.svelte';
import { fixtureDeck, removeDir, startServer, type TestServer } from '../../../tests/support/live';
import { publicState as state } from '../../../tests/support/states';
import { SECRET_PATTERN } from '$lib/protocol/ids';
import { LiveConnection } from './connection.svelte';

// A page loads its languages before it renders; so do these tests.
beforeAll(() => Promise.all([loadMessages('da'), loadMessages('en')]));

const open: LiveConnection[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const conn of open.splice(0)) conn.close();
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function connection(url: string, auth: ConstructorParameters<typeof LiveConnection>[0], ms = 2000) {
	const conn = new LiveConnection(auth, { url, commandTimeoutMs: ms });
	open.push(conn);
	return conn;
}

/** Resolves once the connection's socket has received (and the view applied) the event. */
function received(conn: LiveConnection, event: 'session:snapshot' | 'session:state') {
	return new Promise<void>((resolve) => conn.socket.once(event, () => resolve()));
}

function online(conn: LiveConnection) {
	return new Promise<void>((resolve) =>
		conn.socket.connected ? resolve() : conn.socket.once('connect', resolve)
	);
}

const screenAuth = {
	role: 'screen',
	sessionId: 'session-0001',
	screenKey: 'k'.repeat(43)
} as const;

/** A socket.io server that says what the test tells it to, and answers no command. */
async function bareServer() {
	const http = createServer();
	const io = new Server(http);
	const sockets: ServerSocket[] = [];
	const connected = new Promise<ServerSocket>((resolve) =>
		io.on('connection', (socket) => {
			sockets.push(socket);
			resolve(socket);
		})
	);
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	cleanups.push(() => new Promise<void>((resolve) => void io.close(() => resolve())));
	return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, connected };
}

describe('LiveConnection and the order of messages', () => {
	it('never lets an older state replace a newer one, and lets a snapshot reset it', async () => {
		const server = await bareServer();
		const conn = connection(server.url, screenAuth);
		const socket = await server.connected;

		const snapshot = received(conn, 'session:snapshot');
		socket.emit('session:snapshot', { role: 'screen', state: state(5) });
		await snapshot;
		expect(conn.state?.seq).toBe(5);

		for (const seq of [7, 6]) {
			const arrived = received(conn, 'session:state');
			socket.emit('session:state', state(seq));
			await arrived;
		}
		expect(conn.state?.seq).toBe(7);

		const reset = received(conn, 'session:snapshot');
		socket.emit('session:snapshot', { role: 'screen', state: state(2) });
		await reset;
		expect(conn.state?.seq).toBe(2);
		expect(conn.snapshots).toBe(2);
	});

	it('answers a command it cannot send with "offline", without waiting', async () => {
		const server = await bareServer();
		const conn = connection(server.url, screenAuth);
		await online(conn);
		conn.close();
		expect(await conn.send('session:sync', {})).toEqual({
			ok: false,
			error: { code: 'offline', message: 'not connected' }
		});
	});

	it('answers a command the server never acknowledges with "timeout"', async () => {
		const server = await bareServer();
		const conn = connection(server.url, screenAuth, 100);
		const socket = await server.connected;
		await online(conn);
		const arrived = new Promise((resolve) => socket.once('slide:next', resolve));
		const sent = conn.send('slide:next', {});
		await arrived;
		expect(await sent).toEqual({
			ok: false,
			error: { code: 'timeout', message: 'no answer from the server' }
		});
	});
});

describe('LiveConnection.run: a refusal becomes the message the page shows', () => {
	/** A server that acknowledges each command with the next ack the test lined up. */
	async function scripted(...acks: unknown[]) {
		const server = await bareServer();
		const conn = connection(server.url, screenAuth);
		const socket = await server.connected;
		socket.onAny((_event: string, _payload: unknown, ack: (reply: unknown) => void) =>
			ack(acks.shift())
		);
		await online(conn);
		return conn;
	}

	it('hands back the ack and shows nothing when the command goes through', async () => {
		const conn = await scripted({ ok: true, seq: 4 });
		expect(await conn.run('slide:goto', { index: 2 })).toEqual({ ok: true, seq: 4 });
		expect(conn.failure).toBeNull();
	});

	it("shows the message for the refusal's own code", async () => {
		const conn = await scripted({
			ok: false,
			error: { code: 'invalid_state', message: 'no next slide' }
		});
		const ack = await conn.run('slide:next', {});
		expect(ack.ok).toBe(false);
		expect(conn.failure).toBe(t('problem.invalid_state'));
		expect(conn.failure).not.toBe(t('problem.timeout'));
	});

	it('clears the message once a command goes through again', async () => {
		const conn = await scripted(
			{ ok: false, error: { code: 'not_found', message: 'no such question' } },
			{ ok: true, seq: 5 }
		);
		await conn.run('question:open', { questionId: 'smerte' });
		expect(conn.failure).toBe(t('problem.not_found'));
		await conn.run('question:open', { questionId: 'smerte' });
		expect(conn.failure).toBeNull();
	});

	it('shows a failure from outside the socket in the same place', async () => {
		const conn = await scripted();
		conn.fail('Download failed');
		expect(conn.failure).toBe('Download failed');
	});
});

describe('LiveConnection against the real server', () => {
	let server: TestServer;
	async function session() {
		server = await startServer();
		cleanups.push(async () => {
			await server.stop();
			removeDir(server.dir);
		});
		return server.sessions.create(fixtureDeck());
	}

	it("runs the presenter's commands and moves every phone on", async () => {
		const { session: live, presenterKey } = await session();
		const auth = { role: 'presenter', sessionId: live.record.id, presenterKey } as const;
		const presenter = connection(server.url, auth);
		const phone = connection(server.url, {
			role: 'participant',
			joinCode: live.record.joinCode,
			participantId: 'phone-connection-test-0001'
		});
		await Promise.all([
			received(presenter, 'session:snapshot'),
			received(phone, 'session:snapshot')
		]);
		expect(presenter.status).toBe('online');
		expect(phone.state?.slideIndex).toBe(-1);

		const moved = received(phone, 'session:state');
		const ack = await presenter.send('slide:next', {});
		await moved;
		expect(ack.ok && ack.seq).toBe(phone.state?.seq);
		expect(phone.state?.slideIndex).toBe(0);

		const paired = await presenter.send('remote:pair', {});
		expect(paired.ok && paired.pairingToken).toMatch(SECRET_PATTERN);

		const answered = await phone.send('answer:submit', {
			answerId: 'answer-0001',
			questionId: 'smerte',
			value: 4
		});
		expect(answered).toEqual({
			ok: false,
			error: expect.objectContaining({ code: 'invalid_state' })
		});
	});

	it('shows a refused handshake as rejected, with the reason', async () => {
		const { session: live } = await session();
		const conn = connection(server.url, {
			role: 'presenter',
			sessionId: live.record.id,
			presenterKey: 'x'.repeat(43)
		});
		await new Promise((resolve) => conn.socket.once('connect_error', resolve));
		expect(conn.status).toBe('rejected');
		expect(conn.rejection?.code).toBe('forbidden');
	});
});
