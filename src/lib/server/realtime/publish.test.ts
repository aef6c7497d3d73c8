/** Each room gets its own view; bursts become one broadcast; a snapshot fits the one who asks. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	asPresenter,
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	waitFor,
	type Client
} from '../../../../tests/support/live';
import { join } from '../sessions/answers';
import { pairRemote } from '../sessions/remote';
import { SessionService } from '../sessions/service';
import { createSqliteStore } from '../store/sqlite/store';
import { Presence } from './presence';
import { createPublisher } from './publish';
import type { IO } from './types';
import { Server } from 'socket.io';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	vi.useRealTimers();
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function publisherAlone() {
	const store = createSqliteStore(':memory:');
	let clock = 1_000_000;
	const sessions = new SessionService(store, () => (clock += 1000));
	const io: IO = new Server();
	const presence = new Presence();
	const publisher = createPublisher(io, sessions, presence);
	cleanups.push(async () => {
		publisher.stop();
		await store.close();
	});
	return { sessions, presence, publisher };
}

/** Every event a client receives, by name. */
function record(socket: Client) {
	const seen: string[] = [];
	socket.onAny((event: string) => seen.push(event));
	return seen;
}

describe('publish', () => {
	it('sends the room its state, the console its own, and the screen and phones nothing more', async () => {
		const server = await startServer();
		cleanups.push(async () => {
			await server.stop();
			removeDir(server.dir);
		});
		const { session, presenterKey, screenKey } = await server.sessions.create(fixtureDeck());
		const sessionId = session.record.id;
		const presenter = await connect(server, { role: 'presenter', sessionId, presenterKey });
		const screen = await connect(server, { role: 'screen', sessionId, screenKey });
		const phone = await connect(server, {
			role: 'participant',
			joinCode: session.record.joinCode,
			participantId: newParticipantId()
		});
		const seen = { screen: record(screen.socket), phone: record(phone.socket) };
		const consoleState = waitFor(presenter.socket, 'presenter:state', (s) => s.seq > 1);
		const screenState = waitFor(screen.socket, 'session:state', (s) => s.slideIndex === 0);
		expect(await send(presenter.socket, 'slide:next', {})).toMatchObject({ ok: true });
		expect((await consoleState).seq).toBe((await screenState).seq);
		// Whatever was sent to them before these round trips has arrived by their end.
		await Promise.all([
			send(screen.socket, 'session:sync', {}),
			send(phone.socket, 'session:sync', {})
		]);
		expect(seen.screen).not.toContain('presenter:state');
		expect(seen.screen).not.toContain('remote:state');
		expect(seen.phone).not.toContain('presenter:state');
		expect(seen.phone).toContain('session:state');
		expect(asPresenter(presenter.snapshot).presenter.seq).toBe(1);
	});
});

describe('a slide change', () => {
	it('reads nothing from the store: the views come from the cached session', async () => {
		const server = await startServer();
		cleanups.push(async () => {
			await server.stop();
			removeDir(server.dir);
		});
		const { session, presenterKey } = await server.sessions.create(fixtureDeck());
		const sessionId = session.record.id;
		const presenter = await connect(server, { role: 'presenter', sessionId, presenterKey });
		const phone = await connect(server, {
			role: 'participant',
			joinCode: session.record.joinCode,
			participantId: newParticipantId()
		});
		const store = server.sessions.store;
		const reads = (Object.keys(store) as (keyof typeof store)[])
			.filter((name) => /^(get|list|find|reentry)/.test(name))
			.map((name) => vi.spyOn(store, name));
		expect(reads.length).toBeGreaterThan(5);
		const moved = waitFor(phone.socket, 'session:state', (s) => s.slideIndex === 0);
		const consoleState = waitFor(presenter.socket, 'presenter:state', (s) => s.seq > 1);
		expect(await send(presenter.socket, 'slide:next', {})).toMatchObject({ ok: true });
		await Promise.all([moved, consoleState]);
		for (const read of reads) expect(read).not.toHaveBeenCalled();
	});
});

describe('publishSoon', () => {
	it('turns a burst of changes into one broadcast, and none after the server stops', async () => {
		vi.useFakeTimers();
		const { sessions, publisher } = await publisherAlone();
		const { session } = await sessions.create(fixtureDeck());
		const publish = vi.spyOn(publisher, 'publish');
		for (let i = 0; i < 50; i++) publisher.publishSoon(session);
		expect(publish).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(100);
		expect(publish).toHaveBeenCalledTimes(1);

		publisher.publishSoon(session);
		publisher.stop();
		publisher.publishSoon(session);
		await vi.advanceTimersByTimeAsync(1000);
		expect(publish).toHaveBeenCalledTimes(1);
	});
});

describe('snapshot', () => {
	it('gives the screen the public state only', async () => {
		const { sessions, publisher } = await publisherAlone();
		const { session } = await sessions.create(fixtureDeck());
		const snapshot = await publisher.snapshot(session, { role: 'screen', sessionId: 's' });
		expect(Object.keys(snapshot).sort()).toEqual(['role', 'state']);
	});

	it('hands a newly paired phone its key once, and never again', async () => {
		const { sessions, publisher } = await publisherAlone();
		const { session } = await sessions.create(fixtureDeck());
		await pairRemote(sessions, session);
		const who = { role: 'remote', sessionId: session.record.id } as const;
		const first = await publisher.snapshot(session, { ...who, newRemoteKey: 'the-new-key' });
		expect(first).toMatchObject({ role: 'remote', remoteKey: 'the-new-key' });
		expect(await publisher.snapshot(session, who)).not.toHaveProperty('remoteKey');
	});

	it('gives a participant their own name, answers, a lasting personal code and no one else', async () => {
		const { sessions, publisher, presence } = await publisherAlone();
		const { session } = await sessions.create(fixtureDeck());
		const [me, other] = [newParticipantId(), newParticipantId()];
		await join(sessions, session, me, 'Inger');
		await join(sessions, session, other, 'Bjørn');
		presence.add(session.record.id, me);
		const who = { role: 'participant', sessionId: session.record.id, participantId: me } as const;
		const snapshot = await publisher.snapshot(session, who);
		if (snapshot.role !== 'participant') throw new Error(snapshot.role);
		expect(snapshot.me).toEqual({ id: me, nickname: 'Inger' });
		expect(snapshot.state.participantsOnline).toBe(1);
		expect(snapshot.reentryCode).toMatch(/^[A-Z2-9]{8}$/);
		expect(snapshot.course).toBeNull();
		expect(JSON.stringify(snapshot)).not.toContain('Bjørn');
		const again = await publisher.snapshot(session, who);
		expect(again.role === 'participant' && again.reentryCode).toBe(snapshot.reentryCode);
	});

	it('tells the console which session of its course this is', async () => {
		const { sessions, publisher } = await publisherAlone();
		const course = await sessions.createCourse('Rygskole');
		await sessions.create(fixtureDeck(), 'group', course.id);
		const { session } = await sessions.create(fixtureDeck(), 'group', course.id);
		const snapshot = await publisher.snapshot(session, { role: 'presenter', sessionId: 's' });
		expect(asPresenter(snapshot).session.course).toEqual({
			id: course.id,
			name: 'Rygskole',
			sessionNumber: 2
		});
		expect(asPresenter(snapshot).slides).toHaveLength(3);
	});
});
