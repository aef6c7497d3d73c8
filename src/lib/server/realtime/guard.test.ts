/**
 * The guard on a socket.io server of the test's own: every packet is answered, whatever it is,
 * and a handler only ever sees a payload its schema accepted.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connectClient } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDeck, send, type Client } from '../../../../tests/support/live';
import type { Role } from '../../protocol';
import { createLimits } from '../limits';
import { log } from '../log';
import { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';
import { createSqliteStore } from '../store/sqlite/store';
import type { Store } from '../store/types';
import { Commands, guardEvents } from './guard';
import type { IO } from './types';

let store: Store;
let sessions: SessionService;
let session: LiveSession;
let io: IO;
let url: string;
/** What the test registers on every connecting socket. */
let register: (commands: Commands) => void;
const clients: Client[] = [];
const cleanup: (() => void)[] = [];

beforeEach(async () => {
	store = createSqliteStore(':memory:');
	sessions = new SessionService(store);
	({ session } = await sessions.create(fixtureDeck()));
	register = () => undefined;
	const http = createServer();
	io = new Server(http);
	const limits = createLimits({ eventsPer5Seconds: 20 });
	io.use((socket, next) => {
		const { role, sessionId, remoteKeyHash } = socket.handshake.auth as {
			role: Role;
			sessionId?: string;
			remoteKeyHash?: string;
		};
		socket.data = { role, sessionId: sessionId ?? session.record.id, remoteKeyHash };
		next();
	});
	io.on('connection', (socket) => {
		const commands = new Commands(socket, sessions);
		guardEvents(socket, commands, limits);
		register(commands);
	});
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
	for (const client of clients.splice(0)) client.disconnect();
	for (const done of cleanup.splice(0)) done();
	await new Promise<void>((resolve) => void io.close(() => resolve()));
	await store.close();
});

function client(auth: Record<string, string> = { role: 'presenter' }): Promise<Client> {
	const socket: Client = connectClient(url, { auth, transports: ['websocket'], forceNew: true });
	clients.push(socket);
	return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
}

describe('the guard', () => {
	it('hands a handler its own session and the payload its schema made of what was sent', async () => {
		const seen: unknown[] = [];
		register = (commands) =>
			commands.on('dialogue:show', async (live, command) => {
				seen.push(live.record.id, command);
				return { ok: true, seq: 7 };
			});
		const socket = await client();
		expect(await send(socket, 'dialogue:show', { text: '  Tal sammen  ' })).toEqual({
			ok: true,
			seq: 7
		});
		expect(seen).toEqual([
			session.record.id,
			{ type: 'dialogue:show', text: 'Tal sammen', seconds: 0, collect: false }
		]);
	});

	it('answers a payload its schema refuses with where and why, and never calls the handler', async () => {
		let called = false;
		register = (commands) =>
			commands.on('slide:goto', async () => {
				called = true;
				return { ok: true, seq: 1 };
			});
		const socket = await client();
		expect(await send(socket, 'slide:goto', { index: 'two' })).toMatchObject({
			ok: false,
			error: {
				code: 'bad_request',
				message: expect.stringMatching(/^invalid "slide:goto" payload: index: /)
			}
		});
		expect(await send(socket, 'slide:goto', { index: 1, extra: true })).toMatchObject({
			error: { code: 'bad_request' }
		});
		expect(await send(socket, 'slide:goto')).toMatchObject({ error: { code: 'bad_request' } });
		expect(called).toBe(false);
	});

	it("refuses another role's commands by name and unknown events as unknown", async () => {
		const socket = await client();
		expect(await send(socket, 'answer:submit', {})).toEqual({
			ok: false,
			error: { code: 'forbidden', message: 'only participants can do that' }
		});
		expect(await send(socket, 'slide:next', {})).toEqual({
			ok: false,
			error: { code: 'forbidden', message: 'only the presenter can do that' }
		});
		expect(await send(socket, 'toString', {})).toEqual({
			ok: false,
			error: { code: 'bad_request', message: 'unknown event "toString"' }
		});
	});

	it('answers an oversized payload without reading it', async () => {
		const socket = await client();
		expect(await send(socket, 'dialogue:show', { text: 'x'.repeat(9000) })).toMatchObject({
			error: { code: 'payload_too_large' }
		});
	});

	it('answers a handler that throws with an internal error, and keeps serving', async () => {
		register = (commands) => {
			commands.on('slide:next', async () => {
				throw new Error('the disk is full');
			});
			commands.on('slide:prev', async () => ({ ok: true, seq: 3 }));
		};
		const socket = await client();
		const level = log.level;
		log.level = 'silent';
		try {
			expect(await send(socket, 'slide:next', {})).toEqual({
				ok: false,
				error: { code: 'internal', message: 'the server could not complete this; please try again' }
			});
		} finally {
			log.level = level;
		}
		expect(await send(socket, 'slide:prev', {})).toEqual({ ok: true, seq: 3 });
	});

	it('runs a command sent without an ack, and answers nothing', async () => {
		let ran = () => undefined as void;
		const done = new Promise<void>((resolve) => (ran = resolve));
		register = (commands) =>
			commands.on('slide:next', async () => {
				ran();
				return { ok: true, seq: 2 };
			});
		// An untyped client, as any script can be: the event map would insist on the ack.
		const raw = connectClient(url, { auth: { role: 'presenter' }, transports: ['websocket'] });
		cleanup.push(() => raw.disconnect());
		raw.emit('slide:next', {});
		await done;
	});

	it('slows a socket that sends faster than a person can', async () => {
		register = (commands) =>
			commands.on('session:sync', async () => ({
				ok: false,
				error: { code: 'not_found', message: 'x' }
			}));
		const socket = await client();
		const answers = await Promise.all(
			Array.from({ length: 30 }, () => send(socket, 'session:sync', {}))
		);
		const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
		expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(10);
	});

	it('answers not_found once the session is gone', async () => {
		register = (commands) => commands.on('slide:next', async () => ({ ok: true, seq: 2 }));
		const socket = await client({ role: 'presenter', sessionId: 'no-such-session' });
		expect(await send(socket, 'slide:next', {})).toEqual({
			ok: false,
			error: { code: 'not_found', message: 'the session no longer exists' }
		});
	});

	it('drops a remote whose pairing was revoked or replaced at its next command, unheard', async () => {
		let called = false;
		register = (commands) =>
			commands.on('slide:next', async () => {
				called = true;
				return { ok: true, seq: 2 };
			});
		const socket = await client({ role: 'remote', remoteKeyHash: 'an-older-key-hash' });
		const dropped = new Promise((resolve) => socket.once('disconnect', resolve));
		await expect(send(socket, 'slide:next', {})).rejects.toThrow(/disconnected/);
		expect(await dropped).toBe('io server disconnect');
		expect(called).toBe(false);
	});
});
