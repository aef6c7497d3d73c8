/**
 * A reconnect storm: 500 phones lose their connection at the same moment (the Wi-Fi drops), the
 * presenter moves on meanwhile, and every phone comes back on the current slide.
 */
import { afterAll, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
	connect,
	fixtureDeck,
	removeDir,
	send,
	startServer,
	waitFor,
	type TestServer
} from '../support/live';

const PHONES = 500;
let server: TestServer;
const phones: Socket[] = [];

afterAll(async () => {
	for (const phone of phones) phone.disconnect();
	await server.stop();
	removeDir(server.dir);
});

/** Ten classes of fifty, each class behind its own address, as on a hosted server. */
const classAddress = (phone: number) => ({
	localAddress: `127.0.0.${100 + Math.floor(phone / 50)}`
});

it(`resyncs all ${PHONES} phones after they drop and reconnect at once`, async () => {
	server = await startServer();
	const created = await server.sessions.create(fixtureDeck());
	const presenter = (
		await connect(server, {
			role: 'presenter',
			sessionId: created.session.record.id,
			presenterKey: created.presenterKey
		})
	).socket;
	const latest = new Map<Socket, number>();

	const joined = Array.from({ length: PHONES }, (_, i) => {
		const phone = io(server.url, {
			auth: {
				role: 'participant',
				joinCode: created.session.record.joinCode,
				participantId: `storm-${i}-0123456789`
			},
			...classAddress(i),
			transports: ['websocket'],
			reconnectionDelay: 50,
			reconnectionDelayMax: 500,
			forceNew: true
		});
		phones.push(phone);
		phone.on('session:snapshot', (s: { state: { slideIndex: number } }) =>
			latest.set(phone, s.state.slideIndex)
		);
		phone.on('session:state', (s: { slideIndex: number }) => latest.set(phone, s.slideIndex));
		return new Promise((resolve) => phone.once('session:snapshot', resolve));
	});
	await Promise.all(joined);
	expect(await send(presenter, 'slide:next', {})).toMatchObject({ ok: true });

	// The storm: every connection closes at once, as when the access point restarts.
	const started = Date.now();
	const back = phones.map(
		(phone) => new Promise((resolve) => phone.once('session:snapshot', resolve))
	);
	for (const phone of phones) phone.io.engine.close();
	expect(await send(presenter, 'slide:next', {})).toMatchObject({ ok: true });
	await Promise.all(back);
	await expect
		.poll(() => phones.filter((p) => latest.get(p) === 1).length, { timeout: 20_000 })
		.toBe(PHONES);
	console.log(`reconnect storm: ${PHONES} phones resynced in ${Date.now() - started} ms`);
	const update = waitFor(presenter, 'presenter:state');
	expect(await send(presenter, 'slide:prev', {})).toMatchObject({ ok: true });
	expect((await update).participants.filter((p) => p.online)).toHaveLength(PHONES);
}, 60_000);
