/**
 * One population on one server: a fresh server and fresh load generators, a warm-up, the
 * sessions and their presenters, the phones, then the phases. Memory is sampled between steps.
 */
import { BenchClient, lastToReach } from './clients';
import { record, type Measured } from './figures';
import { includes, type Phase, type Plan } from './plan';
import { answerRates, burstFanout, countStored, silentBytes, steadyFanout, storm } from './phases';
import { listenOverflows, rssKb, settle } from './proc';
import { createSessions, shareOf } from './sessions-api';
import { summarize } from './stats';
import { startTarget, type Target } from './targets';
import { LoadWorkers, startSoon } from './workers';

export type Population = 'classes10' | 'classes250' | 'storm';

export type PopulationRun = {
	population: Population;
	target: Target;
	only: Phase | null;
	plan: Plan;
	out: Measured;
	warn: (message: string) => void;
};

/** One session, presenter and phone through every path once, so lazy loading is not measured. */
async function warmUp(url: string, plan: Plan): Promise<void> {
	const [ref] = await createSessions(url, {
		sessions: 1,
		phones: 1,
		perAddress: plan.phonesPerAddress,
		label: 'warm'
	});
	const { sessionId, presenterKey, joinCode, address, phones } = ref!;
	const presenter = new BenchClient(url, { role: 'presenter', sessionId, presenterKey }, address);
	const phone = new BenchClient(
		url,
		{ role: 'participant', joinCode, participantId: phones[0]!.participantId },
		phones[0]!.address
	);
	try {
		await presenter.join(30_000);
		await phone.join(30_000);
		await presenter.command('slide:goto', { index: 0 }, 10_000);
		await presenter.command('question:add', { template: 'scale', text: 'Opvarmning' }, 10_000);
		const id = presenter.state?.question?.id;
		await lastToReach([phone], (s) => s.question?.id === id, 10_000);
		await phone.command(
			'answer:submit',
			{ answerId: 'bench-warm-answer', questionId: id, value: 3 },
			10_000
		);
	} finally {
		presenter.socket.disconnect();
		phone.socket.disconnect();
	}
}

export async function runPopulation(run: PopulationRun): Promise<void> {
	const { population, target, only, plan, warn } = run;
	const shape = population === 'storm' ? plan.storm : plan[population];
	const server = await startTarget(target);
	const workers = LoadWorkers.start(plan.workers);
	// The durable bare server is there for the answer figures only.
	const out: Measured = target === 'bareDurable' ? {} : run.out;
	const ctx = { plan, server, workers, out: run.out, warn };
	try {
		await warmUp(server.url, plan);
		await settle(server.pid);
		const base = rssKb(server.pid);
		const refs = await createSessions(server.url, {
			...shape,
			perAddress: plan.phonesPerAddress,
			label: population
		});
		const setup = await workers.run(
			'setup',
			(w) => ({ url: server.url, sessions: shareOf(refs, w, workers.count) }),
			120_000
		);
		const presenters = setup.reduce((n, r) => n + r.presenters, 0);
		if (presenters < shape.sessions) warn(`${shape.sessions - presenters} presenters failed`);
		await settle(server.pid);
		const withSessions = rssKb(server.pid);

		const startAt = startSoon();
		const concurrency = Math.ceil(plan.joinConcurrency / workers.count);
		const overflows = listenOverflows();
		const joins = await workers.run('join', () => ({ startAt, concurrency }), 300_000);
		const overflowed = listenOverflows() - overflows;
		const latencies = joins.flatMap((j) => j.latencies);
		const key = population === 'classes10' ? 'joins.c10' : 'joins.c250';
		const failed = joins.reduce((n, j) => n + j.failed, 0);
		for (const line of joins.flatMap((j) => j.errors)) warn(`${population} join: ${line}`);
		if (population !== 'storm') {
			out[`${key}.rate`] =
				(latencies.length * 1000) / (Math.max(...joins.map((j) => j.endedAt)) - startAt);
			record(out, key, summarize(latencies), ['p50', 'p99']);
			out['joins.failed'] = (out['joins.failed'] ?? 0) + failed;
			out[`${key}.listenOverflows`] = overflowed;
		}
		await settle(server.pid);
		if (population === 'classes250') {
			const withPhones = rssKb(server.pid);
			out['memory.base'] = base / 1024;
			out['memory.perSession'] = (withSessions - base) / shape.sessions;
			out['memory.perPhone'] = (withPhones - withSessions) / Math.max(1, latencies.length);
		}

		if (population === 'classes10' && includes(only, 'fanout')) {
			await steadyFanout(ctx, 'fanout.c10', {
				periodMs: plan.classes10.periodMs,
				durationMs: plan.classes10.slides * plan.classes10.periodMs,
				sessions: shape.sessions
			});
		}
		if (population === 'classes250' && includes(only, 'fanout')) {
			await steadyFanout(ctx, 'fanout.steady', {
				periodMs: plan.classes250.periodMs,
				durationMs: plan.classes250.steadyMs,
				sessions: shape.sessions
			});
			await burstFanout(ctx, plan.classes250.bursts);
		}
		if (population === 'classes250' && includes(only, 'bytes')) await silentBytes(ctx);
		const steps =
			population === 'classes250' && includes(only, 'answers') ? await answerRates(ctx) : [];
		if (population === 'storm') await storm(ctx);

		const closed = await workers.run('close', () => ({}), 30_000);
		const dropped = closed.reduce((n, c) => n + c.dropped, 0);
		if (dropped > 0) warn(`${population} on ${target}: ${dropped} clients lost their connection`);
		if (steps.length > 0) {
			await server.kill();
			countStored(ctx, steps);
		}
	} finally {
		workers.kill();
		await server.stop();
	}
}
