/**
 * One address pretending to be a crowd: many participants to outvote the three-answer threshold,
 * or thousands of sockets to slow everyone else down.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IDENTITIES_PER_SESSION } from '../../src/lib/server/limits';
import { SOCKETS_PER_ADDRESS } from '../../src/lib/server/realtime/connectionCap';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer
} from '../support/live';
import { startServerProcess, stopServerProcess } from '../support/process';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const outcome = (promise: Promise<unknown>) =>
	promise.then(
		() => 'joined',
		(error: { code?: string }) => error.code ?? 'error'
	);

describe('participants from one address', () => {
	it('are capped per session, generously, and nobody else is affected', async () => {
		const server = await startServer();
		cleanups.push(async () => {
			await server.stop();
			removeDir(server.dir);
		});
		const { session } = await server.sessions.create(fixtureDeck());
		const joinCode = session.record.joinCode;
		const first = newParticipantId();
		expect(
			await outcome(
				connect(server, { role: 'participant', joinCode, participantId: first }, {}, '127.0.0.50')
			)
		).toBe('joined');
		const fakes = await Promise.all(
			Array.from({ length: 200 }, () =>
				outcome(
					connect(
						server,
						{ role: 'participant', joinCode, participantId: newParticipantId() },
						{},
						'127.0.0.50'
					)
				)
			)
		);
		const joined = fakes.filter((f) => f === 'joined').length + 1;
		console.log(`participants one address could open in one session: ${joined}/201`);
		expect(joined).toBe(IDENTITIES_PER_SESSION);
		expect(new Set(fakes)).toEqual(new Set(['joined', 'forbidden']));
		// Someone already in comes back; a phone on another network joins.
		expect(
			await outcome(
				connect(server, { role: 'participant', joinCode, participantId: first }, {}, '127.0.0.50')
			)
		).toBe('joined');
		expect(
			await outcome(
				connect(
					server,
					{ role: 'participant', joinCode, participantId: newParticipantId() },
					{},
					'127.0.0.51'
				)
			)
		).toBe('joined');
	});
});

describe('sockets from one address', () => {
	it('are capped, and other users still get answers within a second while 2,000 are opened', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'forsta-crowd-'));
		const server = await startServerProcess(dataDir);
		cleanups.push(async () => {
			await stopServerProcess(server, 'SIGTERM');
			removeDir(dataDir);
		});
		const created = (await (
			await fetch(`${server.url}/api/sessions`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ deckId: 'laenderyg-pixi' })
			})
		).json()) as { joinCode: string };
		const tracked = {
			url: server.url,
			clients: [] as Awaited<ReturnType<typeof connect>>['socket'][]
		};
		cleanups.push(async () => {
			for (const client of tracked.clients) client.disconnect();
		});
		// Four probes on another address, taking turns so each stays within the per-socket pace.
		const probes = await Promise.all(
			Array.from(
				{ length: 4 },
				async () =>
					(
						await connect(
							tracked,
							{
								role: 'participant',
								joinCode: created.joinCode,
								participantId: newParticipantId()
							},
							{},
							'127.0.0.41'
						)
					).socket
			)
		);
		const flood = spawn(
			process.execPath,
			[
				resolve(import.meta.dirname, '../support/flood.mjs'),
				server.url,
				'2000',
				'127.0.0.40',
				JSON.stringify({
					role: 'participant',
					joinCode: created.joinCode,
					participantId: 'one-person-many-sockets'
				})
			],
			{ stdio: ['pipe', 'pipe', 'inherit'] }
		);
		cleanups.push(async () => {
			if (flood.exitCode === null) flood.kill();
		});
		const result = new Promise<{ opened: number; refused: number }>((resolveResult, reject) => {
			let out = '';
			flood.stdout.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('\n')) resolveResult(JSON.parse(out));
			});
			flood.once('exit', (code) => reject(new Error(`the flood exited with ${code}`)));
		});
		let done = false;
		void result.finally(() => (done = true));
		// A request every 40 ms until the flood is in place.
		const latencies: number[] = [];
		while (!done && latencies.length < 1000) {
			const started = performance.now();
			const ack = await send(probes[latencies.length % probes.length]!, 'session:sync', {});
			latencies.push(performance.now() - started);
			expect(ack.ok).toBe(true);
			await new Promise((tick) => setTimeout(tick, 40));
		}
		const { opened, refused } = await result;
		flood.stdin.write('done\n');
		const sorted = [...latencies].sort((a, b) => a - b);
		const worst = Math.round(sorted.at(-1)!);
		console.log(
			`probe latency while one address opens 2000 sockets: ${opened} opened, ${refused} refused, ${latencies.length} probes, median ${Math.round(sorted[sorted.length >> 1]!)} ms, worst ${worst} ms`
		);
		expect(opened).toBeLessThanOrEqual(SOCKETS_PER_ADDRESS);
		expect(refused).toBeGreaterThanOrEqual(2000 - SOCKETS_PER_ADDRESS);
		expect(worst).toBeLessThan(1000);
	}, 90_000);
});
