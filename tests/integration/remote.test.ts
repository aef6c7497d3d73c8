import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/lib/protocol';
import {
	asPresenter,
	connect,
	fixtureDeck,
	removeDir,
	send,
	startServer,
	sync,
	waitFor,
	type Client,
	type TestServer
} from '../support/live';

let server: TestServer;
let sessionId: string;
let presenter: Client;

beforeEach(async () => {
	server = await startServer();
	const created = await server.sessions.create(fixtureDeck());
	sessionId = created.session.record.id;
	presenter = (
		await connect(server, { role: 'presenter', sessionId, presenterKey: created.presenterKey })
	).socket;
});

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

async function pairingToken(): Promise<string> {
	const ack = await send(presenter, 'remote:pair', {});
	if (!ack.ok) throw new Error(ack.error.message);
	return String(ack.pairingToken);
}

async function pairPhone(): Promise<{ socket: Client; remoteKey: string }> {
	const token = await pairingToken();
	const { socket, snapshot } = await connect(server, {
		role: 'remote',
		sessionId,
		pairingToken: token
	});
	const remote = snapshot as Extract<Snapshot, { role: 'remote' }>;
	expect(remote.remoteKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
	return { socket, remoteKey: remote.remoteKey! };
}

describe('a phone as remote control', () => {
	it('pairs with a one-time token and drives the slides and questions', async () => {
		const token = await pairingToken();
		const { socket, snapshot } = await connect(server, {
			role: 'remote',
			sessionId,
			pairingToken: token
		});
		expect(snapshot).toMatchObject({
			role: 'remote',
			remote: { slideTitles: ['Første', 'Anden', 'Tredje'] }
		});
		expect(JSON.stringify(snapshot)).not.toContain('Kun til fysioterapeuten');

		const moved = waitFor(presenter, 'session:state', (s) => s.slideIndex === 0);
		expect(await send(socket, 'slide:next', {})).toMatchObject({ ok: true });
		await moved;
		expect(await send(socket, 'question:open', { questionId: 'smerte' })).toMatchObject({
			ok: true
		});
		expect(await send(socket, 'dialogue:show', { text: 'Tal sammen', seconds: 120 })).toMatchObject(
			{ ok: true }
		);
		expect(asPresenter(await sync(presenter)).state).toMatchObject({
			question: { id: 'smerte', phase: 'open' },
			dialogue: { text: 'Tal sammen' }
		});
		expect(asPresenter(await sync(presenter)).presenter.remote).toEqual({
			paired: true,
			pairing: false
		});

		await expect(
			connect(server, { role: 'remote', sessionId, pairingToken: token })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('cannot end the session, moderate, export or pair another phone', async () => {
		const { socket } = await pairPhone();
		for (const event of [
			'session:end',
			'remote:pair',
			'remote:revoke',
			'question:reset',
			'session:mode'
		]) {
			expect(await send(socket, event, {}), event).toMatchObject({
				ok: false,
				error: { code: 'forbidden' }
			});
		}
		expect(await send(socket, 'entry:approve', { answerId: 'whatever-123' })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('lets only one phone drive: pairing a second one shuts out the first', async () => {
		const first = await pairPhone();
		const firstDropped = new Promise<string>((resolve) => first.socket.once('disconnect', resolve));
		const second = await pairPhone();
		await firstDropped;
		await expect(
			connect(server, { role: 'remote', sessionId, remoteKey: first.remoteKey })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await send(second.socket, 'slide:next', {})).toMatchObject({ ok: true });
		const again = await connect(server, { role: 'remote', sessionId, remoteKey: second.remoteKey });
		expect(again.snapshot.role).toBe('remote');
	});

	it('stops a revoked phone at once and for good', async () => {
		const phone = await pairPhone();
		const dropped = new Promise<string>((resolve) => phone.socket.once('disconnect', resolve));
		expect(await send(presenter, 'remote:revoke', {})).toMatchObject({ ok: true });
		expect(await dropped).toBe('io server disconnect');
		await expect(
			connect(server, { role: 'remote', sessionId, remoteKey: phone.remoteKey })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(asPresenter(await sync(presenter)).presenter.remote).toEqual({
			paired: false,
			pairing: false
		});
		expect(asPresenter(await sync(presenter)).state.slideIndex).toBe(-1);
	});

	it('refuses a made-up key and a participant pretending to be the remote', async () => {
		await pairPhone();
		await expect(
			connect(server, { role: 'remote', sessionId, remoteKey: 'x'.repeat(43) })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			connect(server, { role: 'remote', sessionId, pairingToken: 'y'.repeat(43) })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});
