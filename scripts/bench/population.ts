/**
 * One population on both servers at once: each server gets its own fresh process, load
 * generators, warm-up, sessions and phones; then every phase runs on one server and straight
 * after on the other (in turns, so neither always goes first), so the machine's other load of
 * the moment falls on both. The idle side costs its server no more than heartbeats.
 */
import { BenchClient, lastToReach } from './clients';
import { addQuestion } from './load-slides';
import type { Endpoint } from './messages';
import { record, type Results } from './figures';
import { includes, type Phase, type Plan } from './plan';
import {
	answerStep,
	burstFanout,
	countStored,
	silentBytes,
	steadyFanout,
	storm,
	type AnswerStep,
	type PhaseContext
} from './phases';
import { listenOverflows, rssKb, settle } from './proc';
import { createSessions, post, shareOf } from './sessions-api';
import { summarize } from './stats';
import { startTarget, type Server, type Target } from './targets';
import { LoadWorkers, startSoon } from './workers';

export type Population = 'classes10' | 'classes250' | 'storm';

export type PopulationRun = {
	population: Population;
	only: Phase | null;
	plan: Plan;
	instances: number;
	results: Results;
	warn: (target: Target, message: string) => void;
	progress: (step: string) => void;
};

type Side = PhaseContext & { target: Server };

/** One session, presenter and phone through every path once, so lazy loading is not measured. */
async function warmUp(endpoint: Endpoint, plan: Plan): Promise<void> {
	const [ref] = await createSessions(endpoint, {
		sessions: 1,
		phones: 1,
		perAddress: plan.phonesPerAddress,
		label: 'warm'
	});
	const { sessionId, presenterKey, joinCode, address, phones } = ref!;
	const presenter = new BenchClient(
		endpoint,
		{ role: 'presenter', sessionId, presenterKey },
		address
	);
	const phone = new BenchClient(
		endpoint,
		{ role: 'participant', joinCode, participantId: phones[0]!.participantId },
		phones[0]!.address
	);
	try {
		await presenter.join(30_000);
		await phone.join(30_000);
		await presenter.command('slide:goto', { index: 0 }, 10_000);
		const id = await addQuestion(presenter, 'Opvarmning');
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

/** Starts a server with its sessions and phones; joins and memory are measured on the way. */
async function connect(run: PopulationRun, target: Server, sides: Side[]): Promise<void> {
	const { population, plan, results } = run;
	const shape = population === 'storm' ? plan.storm : plan[population];
	const server = await startTarget(target, run.instances);
	const side: Side = {
		target,
		plan,
		server,
		workers: LoadWorkers.start(plan.workers),
		out: results[target],
		warn: (message) => run.warn(target, message)
	};
	sides.push(side);
	const { workers, out } = side;
	await warmUp(server, plan);
	await settle(server.pids);
	const base = rssKb(server.pids);
	const refs = await createSessions(server, {
		...shape,
		perAddress: plan.phonesPerAddress,
		label: population
	});
	const setup = await workers.run(
		'setup',
		(w) => ({
			endpoint: { url: server.url, ca: server.ca },
			sessions: shareOf(refs, w, workers.count)
		}),
		120_000
	);
	const presenters = setup.reduce((n, r) => n + r.presenters, 0);
	if (presenters < shape.sessions) side.warn(`${shape.sessions - presenters} presenters failed`);
	await settle(server.pids);
	const withSessions = rssKb(server.pids);

	const startAt = startSoon();
	const concurrency = Math.ceil(plan.joinConcurrency / workers.count);
	const overflows = listenOverflows();
	const joins = await workers.run('join', () => ({ startAt, concurrency }), 300_000);
	const overflowed = listenOverflows() - overflows;
	const latencies = joins.flatMap((j) => j.latencies);
	for (const line of joins.flatMap((j) => j.errors)) side.warn(`${population} join: ${line}`);
	await settle(server.pids);
	if (population === 'storm') return;
	const key = population === 'classes10' ? 'joins.c10' : 'joins.c250';
	const ended = Math.max(...joins.map((j) => j.endedAt));
	out[`${key}.rate`] = (latencies.length * 1000) / (ended - startAt);
	record(out, key, summarize(latencies), ['p50', 'p99']);
	out[`${key}.listenOverflows`] = overflowed;
	out['joins.failed'] = (out['joins.failed'] ?? 0) + joins.reduce((n, j) => n + j.failed, 0);
	if (population === 'classes250') {
		out['memory.base'] = base / 1024;
		out['memory.perSession'] = (withSessions - base) / shape.sessions;
		out['memory.perPhone'] = (rssKb(server.pids) - withSessions) / Math.max(1, latencies.length);
	}
}

/** Each rate on the bare server without and with commits, and on Forstå, one after the other. */
async function answerRates(run: PopulationRun, inTurn: InTurn): Promise<Map<Side, AnswerStep[]>> {
	const steps = new Map<Side, AnswerStep[]>();
	const keep = (side: Side, step: AnswerStep) =>
		steps.set(side, [...(steps.get(side) ?? []), step]);
	for (const step of run.plan.answers) {
		await inTurn(`answers at ${step.rate}/s`, async (side) => {
			if (side.target === 'forsta') {
				keep(side, await answerStep(side, step, true));
				return;
			}
			const commits = (on: boolean) => post(side.server, '/bench/commits', { on });
			await commits(false);
			await answerStep(side, step, false);
			await commits(true);
			keep(side, await answerStep({ ...side, out: run.results.bareDurable }, step, true));
		});
	}
	return steps;
}

type InTurn = (name: string, phase: (side: Side) => Promise<void>) => Promise<void>;

export async function runPopulation(run: PopulationRun): Promise<void> {
	const { population, only, plan } = run;
	const sides: Side[] = [];
	try {
		for (const target of ['bare', 'forsta'] as const) {
			run.progress(`${population}: ${target} sessions and phones`);
			await connect(run, target, sides);
		}
		let turn = 0;
		const inTurn: InTurn = async (name, phase) => {
			const order = turn++ % 2 === 0 ? sides : [...sides].reverse();
			for (const side of order) {
				run.progress(`${population}: ${name} on ${side.target}`);
				await phase(side);
			}
		};
		const c250 = plan.classes250;
		if (population === 'classes10' && includes(only, 'fanout')) {
			const { periodMs, slides } = plan.classes10;
			const shape = { periodMs, durationMs: slides * periodMs, sessions: plan.classes10.sessions };
			await inTurn('fan-out', (side) => steadyFanout(side, 'fanout.c10', shape));
		}
		if (population === 'classes250' && includes(only, 'fanout')) {
			const shape = { periodMs: c250.periodMs, durationMs: c250.steadyMs, sessions: c250.sessions };
			await inTurn('steady fan-out', (side) => steadyFanout(side, 'fanout.steady', shape));
			await inTurn('burst fan-out', (side) => burstFanout(side, c250.bursts));
		}
		if (population === 'classes250' && includes(only, 'bytes')) {
			await inTurn('bytes per answer', silentBytes);
		}
		const answered = population === 'classes250' && includes(only, 'answers');
		const steps = answered ? await answerRates(run, inTurn) : new Map<Side, AnswerStep[]>();
		if (population === 'storm') await inTurn('reconnect storm', storm);

		for (const side of sides) {
			const closed = await side.workers.run('close', () => ({}), 30_000);
			const dropped = closed.reduce((n, c) => n + c.dropped, 0);
			if (dropped > 0) side.warn(`${population}: ${dropped} clients lost their connection`);
		}
		for (const [side, sideSteps] of steps) {
			await side.server.kill();
			const out = side.target === 'bare' ? run.results.bareDurable : side.out;
			await countStored(out, sideSteps, side.server.store);
		}
	} finally {
		for (const side of sides) {
			side.workers.kill();
			await side.server.stop();
		}
	}
}
