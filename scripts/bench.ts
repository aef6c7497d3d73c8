// npm run bench — figures for one Node process on this machine: phones joining, answers per
// second with their ack latency (each ack waits for the SQLite commit), broadcast time to every
// phone, and heap per connected phone. Loopback only, bounded in count.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { parseDeck } from '../src/lib/decks/parse';
import { createLimits } from '../src/lib/server/limits';
import { createRealtime } from '../src/lib/server/realtime';
import { SessionService } from '../src/lib/server/sessions';
import { createSqliteStore } from '../src/lib/server/store/sqlite';

const PHONES = Number(process.env.BENCH_PHONES ?? 300);
const ANSWERS_EACH = 5;

const ack = (socket: Socket, event: string, payload: object) =>
	(
		socket.timeout(10_000) as unknown as {
			emitWithAck(e: string, p: object): Promise<{ ok: boolean }>;
		}
	).emitWithAck(event, payload);
const percentile = (values: number[], p: number) =>
	[...values].sort((a, b) => a - b)[
		Math.min(values.length - 1, Math.floor((p / 100) * values.length))
	]!;

const dir = mkdtempSync(join(tmpdir(), 'forsta-bench-'));
const parsed = parseDeck('laenderyg-full.md', readFileSync('sessions/laenderyg-full.md'));
if (!parsed.ok) throw new Error('deck did not parse');
const store = createSqliteStore(join(dir, 'bench.sqlite'));
const sessions = new SessionService(store);
const http = createServer();
const realtime = createRealtime(http, sessions, {
	// Every bench phone comes from one address: lift the per-client caps a real class never meets.
	limits: createLimits({ eventsPer5Seconds: 1_000_000, identitiesPerSession: 1_000_000 }),
	socketsPerAddress: 1_000_000
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

const { session, presenterKey } = await sessions.create(parsed.deck);
const presenter = io(url, {
	auth: { role: 'presenter', sessionId: session.record.id, presenterKey },
	transports: ['websocket']
});
await new Promise((resolve) => presenter.once('session:snapshot', resolve));
await ack(presenter, 'slide:next', {});
await ack(presenter, 'question:open', { questionId: 'smerte-i-dag' });

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const phones = await Promise.all(
	Array.from({ length: PHONES }, (_, i) => {
		const phone = io(url, {
			auth: {
				role: 'participant',
				joinCode: session.record.joinCode,
				participantId: `bench-${i}-0123456789`
			},
			transports: ['websocket'],
			forceNew: true
		});
		return new Promise<Socket>((resolve) => phone.once('session:snapshot', () => resolve(phone)));
	})
);
const joinMs = performance.now() - started;
global.gc?.();
const heapPerPhone = (process.memoryUsage().heapUsed - heapBefore) / PHONES;

const latencies: number[] = [];
started = performance.now();
await Promise.all(
	phones.map(async (phone, i) => {
		for (let n = 0; n < ANSWERS_EACH; n++) {
			const t = performance.now();
			const result = await ack(phone, 'answer:submit', {
				answerId: `bench-${i}-${n}-answer`,
				questionId: 'smerte-i-dag',
				value: (i + n) % 11
			});
			if (!result.ok) throw new Error('an answer was refused');
			latencies.push(performance.now() - t);
		}
	})
);
const answerMs = performance.now() - started;

started = performance.now();
const arrived = phones.map(
	(phone) => new Promise((resolve) => phone.once('session:state', resolve))
);
await ack(presenter, 'slide:next', {});
await Promise.all(arrived);
const broadcastMs = performance.now() - started;

console.log(`phones: ${PHONES}`);
console.log(`join: ${joinMs.toFixed(0)} ms for all (${(joinMs / PHONES).toFixed(2)} ms each)`);
console.log(
	`answers: ${latencies.length} in ${answerMs.toFixed(0)} ms = ${((latencies.length / answerMs) * 1000).toFixed(0)} per second`
);
console.log(
	`answer ack latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`
);
console.log(`slide change reaching every phone: ${broadcastMs.toFixed(0)} ms`);
console.log(
	`heap per connected phone: ${(heapPerPhone / 1024).toFixed(1)} KB${global.gc ? '' : ' (run with --expose-gc for a steadier figure)'}`
);

for (const phone of phones) phone.disconnect();
presenter.disconnect();
await realtime.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
