/** The phases run on a connected population; each turns the workers' raw samples into figures. */
import { record, type Measured } from './figures';
import type { FanoutResult, SentAnswer, StoreRef, Tasks } from './messages';
import type { Plan } from './plan';
import { cpuMs, listenOverflows, settle } from './proc';
import { summarize, percentile } from './stats';
import { answerKey, storedAnswers } from './stored';
import type { RunningTarget } from './targets';
import { startSoon, type LoadWorkers } from './workers';

export type PhaseContext = {
	plan: Plan;
	server: RunningTarget;
	workers: LoadWorkers;
	out: Measured;
	warn: (message: string) => void;
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function addFanout(ctx: PhaseContext, key: string, results: FanoutResult[]): void {
	record(ctx.out, key, summarize(results.flatMap((r) => r.latencies)));
	const incomplete = sum(results.map((r) => r.incomplete));
	ctx.out['fanout.incomplete'] = (ctx.out['fanout.incomplete'] ?? 0) + incomplete;
	if (incomplete > 0) ctx.warn(`${key}: ${incomplete} fan-outs did not reach every phone in 10 s`);
	const frames = results.filter((r) => r.stateBytes > 0);
	if (frames.length > 0 && ctx.out['fanout.stateBytes'] === undefined) {
		ctx.out['fanout.stateBytes'] = sum(frames.map((r) => r.stateBytes)) / frames.length;
	}
}

export async function steadyFanout(
	ctx: PhaseContext,
	key: string,
	{ periodMs, durationMs, sessions }: { periodMs: number; durationMs: number; sessions: number }
): Promise<void> {
	const startAt = startSoon();
	const results = await ctx.workers.run(
		'fanout',
		() => ({ startAt, periodMs, durationMs, totalSessions: sessions }),
		durationMs + 60_000
	);
	addFanout(ctx, key, results);
}

export async function burstFanout(ctx: PhaseContext, rounds: number): Promise<void> {
	const results: FanoutResult[] = [];
	for (let round = 0; round < rounds; round++) {
		await settle(ctx.server.pids);
		const startAt = startSoon();
		results.push(...(await ctx.workers.run('burst', () => ({ startAt }), 60_000)));
	}
	addFanout(ctx, 'fanout.burst', results);
}

async function openQuestions(ctx: PhaseContext): Promise<void> {
	const results = await ctx.workers.run('question', () => ({}), 60_000);
	const failed = sum(results.map((r) => r.failed));
	if (failed > 0) ctx.warn(`${failed} sessions could not open a question (they answer nothing)`);
	await settle(ctx.server.pids);
}

export async function silentBytes(ctx: PhaseContext): Promise<void> {
	await openQuestions(ctx);
	const startAt = startSoon();
	const results = await ctx.workers.run(
		'bytes',
		() => ({ startAt, answerShare: ctx.plan.bytesAnswerShare, quietMs: 1000 }),
		60_000
	);
	const answers = sum(results.map((r) => r.answers));
	if (answers === 0) return;
	ctx.out['bytes.perAnswer'] = sum(results.map((r) => r.bytes)) / answers;
	ctx.out['bytes.presenterPerAnswer'] = sum(results.map((r) => r.presenterBytes)) / answers;
}

export type AnswerStep = { rate: number; sent: SentAnswer[]; acked: SentAnswer[] };

/**
 * One answer rate on one server, on a freshly opened question. With `checkStore` a sample of the
 * acks is looked up in the server's store the moment it arrives.
 */
export async function answerStep(
	ctx: PhaseContext,
	{ rate, seconds }: { rate: number; seconds: number },
	checkStore: boolean
): Promise<AnswerStep> {
	await openQuestions(ctx);
	const before = cpuMs(ctx.server.pids);
	const startAt = startSoon();
	const store = checkStore ? ctx.server.store : null;
	const results = await ctx.workers.run(
		'answers',
		() => ({ startAt, rate: rate / ctx.workers.count, seconds, tag: `r${rate}`, store }),
		seconds * 1000 + 60_000
	);
	// The answers' follow-up work (coalesced broadcasts) is part of what they cost.
	await settle(ctx.server.pids);
	return addAnswers(ctx, rate, results, cpuMs(ctx.server.pids) - before);
}

function addAnswers(
	ctx: PhaseContext,
	rate: number,
	results: Tasks['answers']['result'][],
	cpu: number
): AnswerStep {
	const key = `answers.r${rate}`;
	const acked = results.flatMap((r) => r.acked);
	const sent = results.flatMap((r) => r.sent);
	record(ctx.out, key, summarize(results.flatMap((r) => r.latencies)), ['p50', 'p95', 'p99']);
	ctx.out[`${key}.acked`] = acked.length;
	ctx.out[`${key}.failed`] = sent.length - acked.length;
	if (acked.length > 0) ctx.out[`${key}.cpu`] = cpu / acked.length;
	const checked = sum(results.map((r) => r.checked));
	if (checked > 0) ctx.out[`${key}.notVisible`] = sum(results.map((r) => r.notVisible));
	const errors = new Map<string, number>();
	for (const [code, count] of results.flatMap((r) => Object.entries(r.errors))) {
		errors.set(code, (errors.get(code) ?? 0) + count);
	}
	if (errors.size > 0) {
		ctx.warn(`${rate}/s: ${[...errors].map(([code, count]) => `${count}× ${code}`).join(', ')}`);
	}
	const lag = percentile(
		results.flatMap((r) => r.lagMs),
		99
	);
	if (lag !== null) ctx.out[`${key}.lag`] = lag;
	return { rate, sent, acked };
}

/** After kill -9: which answers the store kept, against what was sent and what was acked. */
export async function countStored(
	out: Measured,
	steps: AnswerStep[],
	store: StoreRef
): Promise<void> {
	const stored = await storedAnswers(store);
	for (const { rate, sent, acked } of steps) {
		out[`answers.r${rate}.found`] = sent.filter((a) => stored.has(answerKey(a))).length;
		out[`answers.r${rate}.lost`] = acked.filter((a) => !stored.has(answerKey(a))).length;
	}
}

export async function storm(ctx: PhaseContext): Promise<void> {
	await settle(ctx.server.pids);
	const startAt = startSoon();
	const overflows = listenOverflows();
	const results = await ctx.workers.run('storm', () => ({ startAt, timeoutMs: 60_000 }), 90_000);
	ctx.out['storm.listenOverflows'] = listenOverflows() - overflows;
	ctx.out['storm.total'] = Math.max(...results.map((r) => r.totalMs));
	record(ctx.out, 'storm', summarize(results.flatMap((r) => r.latencies)), ['p50', 'p95', 'p99']);
	ctx.out['storm.failed'] = sum(results.map((r) => r.failed));
}
