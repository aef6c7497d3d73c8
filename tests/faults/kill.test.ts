/**
 * kill -9 the production server while 50 phones answer in a loop, restart it on the same data,
 * and check that every acknowledged answer is stored and every phone converges on one state.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { removeDir } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const CLIENTS = 50;
const CYCLES = 3;
const dataDir = mkdtempSync(join(tmpdir(), 'forsta-kill-'));
const running: ServerProcess[] = [];
const sockets: Socket[] = [];

afterAll(async () => {
	for (const s of sockets) s.disconnect();
	for (const server of running) await stopServerProcess(server, 'SIGKILL');
	removeDir(dataDir);
});

type Phone = { id: string; sent: string[]; lastAcked: string | null; socket?: Socket };

function connectAs(url: string, auth: object): Promise<{ socket: Socket; seq: number }> {
	const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
	sockets.push(socket);
	return new Promise((resolve, reject) => {
		socket.once('session:snapshot', (snapshot: { state: { seq: number } }) =>
			resolve({ socket, seq: snapshot.state.seq })
		);
		socket.once('connect_error', reject);
	});
}

function emit(socket: Socket, event: string, payload: object): Promise<{ ok: boolean }> {
	return (
		socket.timeout(3000) as unknown as {
			emitWithAck(e: string, p: object): Promise<{ ok: boolean }>;
		}
	).emitWithAck(event, payload);
}

it(`keeps every acknowledged answer through ${CYCLES} kill -9 cycles with ${CLIENTS} phones answering`, async () => {
	let server = await startServerProcess(dataDir);
	running.push(server);
	const created = (await (
		await fetch(`${server.url}/api/sessions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ deckId: 'laenderyg-full' })
		})
	).json()) as Record<string, string>;
	const presenterAuth = {
		role: 'presenter',
		sessionId: created.sessionId,
		presenterKey: created.presenterKey
	};
	const presenter = (await connectAs(server.url, presenterAuth)).socket;
	expect((await emit(presenter, 'slide:next', {})).ok).toBe(true);
	expect((await emit(presenter, 'question:open', { questionId: 'smerte-i-dag' })).ok).toBe(true);

	const phones: Phone[] = Array.from({ length: CLIENTS }, (_, i) => ({
		id: `kill-phone-${i}-0123456789`,
		sent: [],
		lastAcked: null
	}));
	let acknowledged = 0;
	let counter = 0;

	for (let cycle = 1; cycle <= CYCLES; cycle++) {
		for (const phone of phones)
			phone.socket = (
				await connectAs(server.url, {
					role: 'participant',
					joinCode: created.joinCode,
					participantId: phone.id
				})
			).socket;
		let killed = false;
		// Each phone answers again and again; each answer has a fresh id, so the newest one counts.
		const loops = phones.map(async (phone) => {
			for (let round = 0; round < 200 && !killed; round++) {
				const answerId = `k${cycle}-${phone.id}-${++counter}`;
				phone.sent.push(answerId);
				try {
					const ack = await emit(phone.socket!, 'answer:submit', {
						answerId,
						questionId: 'smerte-i-dag',
						value: counter % 11
					});
					if (!ack.ok) break;
					phone.lastAcked = answerId;
					acknowledged += 1;
				} catch {
					break; // the server is gone: no ack, so nothing was promised
				}
			}
		});
		await new Promise<void>((resolve) => {
			const check = setInterval(() => {
				if (acknowledged >= cycle * CLIENTS * 3) {
					clearInterval(check);
					resolve();
				}
			}, 5);
		});
		expect(await stopServerProcess(server, 'SIGKILL')).toBeNull();
		killed = true;
		await Promise.all(loops);
		for (const phone of phones) phone.socket!.disconnect();

		server = await startServerProcess(dataDir);
		running.push(server);

		// Every phone's stored answer is its last acknowledged one, or one it sent after that
		// (written, but the ack was lost with the server); never an older one, never missing.
		const db = new Database(join(dataDir, 'forsta.sqlite'), { readonly: true });
		const stored = new Map(
			db
				.prepare<[string], { participant_id: string; answer_id: string }>(
					'SELECT participant_id, answer_id FROM answers WHERE session_id = ?'
				)
				.all(created.sessionId!)
				.map((r) => [r.participant_id, r.answer_id])
		);
		db.close();
		for (const phone of phones) {
			if (!phone.lastAcked) continue;
			const found = stored.get(phone.id);
			expect(found, phone.id).toBeDefined();
			expect(phone.sent.indexOf(found!), phone.id).toBeGreaterThanOrEqual(
				phone.sent.indexOf(phone.lastAcked)
			);
		}

		// Everyone reconnects and converges on the same state.
		const reconnected = await Promise.all(
			phones.map((phone) =>
				connectAs(server.url, {
					role: 'participant',
					joinCode: created.joinCode,
					participantId: phone.id
				})
			)
		);
		const seqs = new Set(reconnected.map((r) => r.seq));
		expect(seqs.size).toBe(1);
		for (const r of reconnected) r.socket.disconnect();
		console.log(
			`kill cycle ${cycle}: answers acknowledged ${acknowledged}, phones with their answer found ${phones.filter((p) => stored.has(p.id)).length}/${CLIENTS}, phones resynced ${reconnected.length}`
		);
	}
	expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);
}, 120_000);
