/**
 * Boots the real realtime server on a random loopback port with its own SQLite file, and drives
 * it with real socket.io clients. Helpers wait for events; nothing here sleeps.
 *
 * On PostgreSQL instead: pass a DATABASE_URL (several servers sharing one database), or run the
 * tests with TEST_STORE=pg to give each server a schema of its own (tests/support/database.ts).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket } from 'socket.io-client';
import { expect } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import type { Deck } from '../../src/lib/decks/schema';
import type {
	Ack,
	ClientToServerEvents,
	Handshake,
	ServerToClientEvents,
	Snapshot
} from '../../src/lib/protocol';
import { createRealtime, type Realtime, type RealtimeOptions } from '../../src/lib/server/realtime';
import { SessionService } from '../../src/lib/server/sessions/service';
import { openStore } from '../../src/lib/server/store/open';
import { testDatabase } from './database';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export const FIXTURE_DECK = `---
condition: low-back-pain
variant: PIXI
title: Testforløb
language: da
sources:
  - 'test'
---

## Første
id: foerste
topic: intro
source: test › 1

Velkommen.

:::notes
Kun til fysioterapeuten.
:::

:::question
id: smerte
type: scale
min-label: Ingen
max-label: Værst

Hvor ondt gør det?
:::

## Anden
id: anden
topic: knowledge
source: test › 2

Mere viden.

:::question
id: tiltro
type: scale
min-label: Slet ikke
max-label: Helt sikker

Hvor sikker er du?
:::

:::question
id: maal
type: goal

Hvad vil du gøre?
:::

## Tredje
id: tredje
topic: closing
source: test › 3

Tak.

:::safety
Ring til vagtlægen ved alarmtegn.
:::
`;

export function fixtureDeck(): Deck {
	const parsed = parseDeck('fixture.md', FIXTURE_DECK);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
	return parsed.deck;
}

export type TestServer = {
	url: string;
	sessions: SessionService;
	dir: string;
	/** The PostgreSQL database the server keeps its sessions in; none on SQLite. */
	databaseUrl?: string;
	clients: Client[];
	stop(): Promise<void>;
};

export async function startServer(
	dir = mkdtempSync(join(tmpdir(), 'forsta-')),
	now: () => number = Date.now,
	options: RealtimeOptions = {},
	databaseUrl?: string
): Promise<TestServer> {
	const own = !databaseUrl && process.env.TEST_STORE === 'pg' ? await testDatabase() : undefined;
	databaseUrl ??= own?.url;
	const store = await openStore({ databaseUrl, dataDir: dir });
	const sessions = new SessionService(store, now);
	const http: Server = createServer();
	const realtime: Realtime = createRealtime(http, sessions, options);
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const { port } = http.address() as AddressInfo;
	const clients: Client[] = [];
	return {
		url: `http://127.0.0.1:${port}`,
		sessions,
		dir,
		databaseUrl,
		clients,
		async stop() {
			for (const c of clients) c.disconnect();
			await realtime.close();
			await store.close();
			await own?.drop();
		}
	};
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** Connects and resolves with the first snapshot, or rejects with the server's refusal. */
export function connect(
	server: { url: string; clients?: Client[] },
	auth: Handshake,
	headers: Record<string, string> = {},
	localAddress?: string
): Promise<{ socket: Client; snapshot: Snapshot }> {
	const socket: Client = connectClient(server.url, {
		auth,
		extraHeaders: headers,
		...(localAddress ? { localAddress } : {}),
		transports: ['websocket'],
		reconnection: false,
		forceNew: true
	});
	server.clients?.push(socket);
	return new Promise((resolve, reject) => {
		socket.once('session:snapshot', (snapshot) => resolve({ socket, snapshot }));
		socket.once('connect_error', (error: Error & { data?: { code: string } }) => {
			socket.disconnect();
			reject(Object.assign(new Error(error.message), { code: error.data?.code, data: error.data }));
		});
	});
}

export function waitFor<E extends keyof ServerToClientEvents>(
	socket: Client,
	event: E,
	predicate: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
	timeoutMs = 5000
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			socket.off(event, listener as never);
			reject(new Error(`timed out waiting for ${String(event)}`));
		}, timeoutMs);
		const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
			if (!predicate(...args)) return;
			clearTimeout(timer);
			socket.off(event, listener as never);
			resolve(args[0]);
		};
		socket.on(event, listener as never);
	});
}

/** Emits with an acknowledgement; untyped on purpose so tests can send malformed payloads. */
export function send(
	socket: Client,
	event: string,
	...args: unknown[]
): Promise<Ack<Record<string, unknown>>> {
	const timed = socket.timeout(5000) as unknown as {
		emitWithAck(e: string, ...a: unknown[]): Promise<Ack<Record<string, unknown>>>;
	};
	return timed.emitWithAck(event, ...args);
}

let counter = 0;
export function newParticipantId(): string {
	counter += 1;
	return `participant-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Asks for a fresh snapshot, as a client does when it suspects it missed something. */
export async function sync(socket: Client): Promise<Snapshot> {
	const ack = await send(socket, 'session:sync', {});
	if (!ack.ok) throw new Error(ack.error.message);
	return ack.snapshot as Snapshot;
}

export function asPresenter(snapshot: Snapshot): Extract<Snapshot, { role: 'presenter' }> {
	if (snapshot.role !== 'presenter')
		throw new Error(`expected a presenter snapshot, got ${snapshot.role}`);
	return snapshot;
}

/**
 * A session started over HTTP on a running server (a process of its own), its presenter
 * connected, on the first slide with that slide's first question open.
 */
export async function startWithOpenQuestion(
	server: { url: string; clients: Client[] },
	deckId = 'laenderyg-full'
) {
	const created = await fetch(`${server.url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ deckId })
	});
	const { sessionId, joinCode, presenterKey } = (await created.json()) as Record<string, string>;
	const presenter = await connect(server, {
		role: 'presenter',
		sessionId: sessionId!,
		presenterKey: presenterKey!
	});
	const questionId = asPresenter(presenter.snapshot).slides[0]!.questionIds[0]!;
	expect(await send(presenter.socket, 'slide:next', {})).toMatchObject({ ok: true });
	expect(await send(presenter.socket, 'question:open', { questionId })).toMatchObject({
		ok: true
	});
	return { sessionId: sessionId!, joinCode: joinCode!, presenter, questionId };
}
