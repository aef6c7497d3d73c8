/**
 * A load generator process for `npm run bench`. The coordinator forks two of them; each owns
 * whole sessions (presenter and phones), runs the task it is sent and replies with raw samples.
 * It measures on the client side only, so the same code drives the bare server and Forstå.
 */
import { BenchClient, epochToPerf, pool, reconnectDelay, waitPerf } from './clients';
import { answerAtRate, silentBytes } from './load-answers';
import { burstFanout, openQuestions, steadyFanout, type BenchSession } from './load-slides';
import type { Reply, Request, Tasks } from './messages';

const JOIN_TIMEOUT_MS = 30_000;

let sessions: BenchSession[] = [];

async function setup({ endpoint, sessions: given }: Tasks['setup']['args']) {
	let failed = 0;
	const ready: BenchSession[] = [];
	await pool(given, 20, async (ref) => {
		const presenter = new BenchClient(
			endpoint,
			{ role: 'presenter', sessionId: ref.sessionId, presenterKey: ref.presenterKey },
			ref.address
		);
		try {
			await presenter.join(JOIN_TIMEOUT_MS);
			const phones = ref.phones.map(
				(phone) =>
					new BenchClient(
						endpoint,
						{ role: 'participant', joinCode: ref.joinCode, participantId: phone.participantId },
						phone.address
					)
			);
			// One phone per session is enough to know the frame size, and keeps the generator light.
			phones[0]!.measureFrames = true;
			ready.push({
				index: ref.index,
				sessionId: ref.sessionId,
				presenter,
				phones,
				slideIndex: presenter.state!.slideIndex,
				slideCount: presenter.state!.slideCount,
				questionId: null
			});
		} catch {
			failed++;
		}
	});
	sessions = ready.sort((a, b) => a.index - b.index);
	return { presenters: sessions.length, failed };
}

/** Connects every phone with a bounded number in flight; a phone that fails leaves its session. */
async function join({ startAt, concurrency }: Tasks['join']['args']) {
	await waitPerf(epochToPerf(startAt));
	const latencies: number[] = [];
	const errors = new Map<string, number>();
	const joined = new Set<BenchClient>();
	const all = sessions.flatMap((s) => s.phones);
	await pool(all, concurrency, async (phone) => {
		const began = performance.now();
		try {
			latencies.push((await phone.join(JOIN_TIMEOUT_MS)) - began);
			joined.add(phone);
		} catch (error) {
			const message = (error as Error).message;
			errors.set(message, (errors.get(message) ?? 0) + 1);
			phone.socket.disconnect();
		}
	});
	for (const session of sessions) session.phones = session.phones.filter((p) => joined.has(p));
	return {
		latencies,
		endedAt: Date.now(),
		failed: all.length - joined.size,
		errors: [...errors].map(([message, count]) => `${count}× ${message}`)
	};
}

/**
 * Every phone's connection closes at the same instant. Each comes back after the delay
 * socket.io-client's own reconnection gives a phone (1 s ± 50 %), drawn the same for both
 * servers; it is resynced once it has its snapshot.
 */
async function storm({ startAt, timeoutMs }: Tasks['storm']['args']) {
	await waitPerf(epochToPerf(startAt));
	const start = performance.now();
	const phones = sessions.flatMap((s) => s.phones);
	for (const phone of phones) phone.socket.disconnect();
	const outcomes = await Promise.allSettled(
		phones.map(async (phone, i) => {
			await waitPerf(start + reconnectDelay(i));
			const began = performance.now();
			const at = await phone.join(timeoutMs);
			return { own: at - began, sinceDrop: at - start };
		})
	);
	const back = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
	return {
		latencies: back.map((b) => b.own),
		totalMs: back.length > 0 ? Math.max(...back.map((b) => b.sinceDrop)) : 0,
		failed: outcomes.length - back.length
	};
}

function close() {
	const clients = sessions.flatMap((s) => [s.presenter, ...s.phones]);
	const dropped = clients.filter((c) => c.dropped).length;
	for (const client of clients) client.socket.disconnect();
	return { dropped };
}

const handlers: { [K in keyof Tasks]: (args: Tasks[K]['args']) => Promise<Tasks[K]['result']> } = {
	setup,
	join,
	fanout: (args) => steadyFanout(sessions, args),
	burst: (args) => burstFanout(sessions, args),
	question: () => openQuestions(sessions),
	bytes: (args) => silentBytes(sessions, args),
	answers: (args) => answerAtRate(sessions, args),
	storm,
	close: async () => close()
};

process.on('message', (request: Request) => {
	const handler = handlers[request.task] as (args: unknown) => Promise<unknown>;
	handler(request.args).then(
		(result) => process.send?.({ id: request.id, ok: true, result } as Reply),
		(error: unknown) =>
			process.send?.({ id: request.id, ok: false, error: String(error) } satisfies Reply)
	);
});
// Without the coordinator there is nobody to report to: stop rather than linger with open sockets.
process.on('disconnect', () => process.exit(0));
