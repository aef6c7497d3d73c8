/** Answers from the phones: open-loop at a fixed rate with their ack times, and the bytes they cause. */
import { epochToPerf, waitPerf, type BenchClient } from './clients';
import type { BenchSession } from './load-slides';
import type { SentAnswer, Tasks } from './messages';
import { openReader } from './stored';

const ACK_TIMEOUT_MS = 10_000;
/** Every tenth ack is looked up in the store at once: often enough to catch an early ack. */
const CHECK_EVERY = 10;

type Answerer = { session: BenchSession; phone: BenchClient; n: number };

/** The phones of the sessions whose question is open on every phone. */
function answerersOf(sessions: readonly BenchSession[]): Answerer[] {
	return sessions
		.filter((session) => session.questionId !== null)
		.flatMap((session) => session.phones.map((phone, n) => ({ session, phone, n })));
}

/** A deterministic shuffle, so both servers get the same phones in the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

function submit(who: Answerer, tag: string) {
	const questionId = who.session.questionId;
	const answerId = `bench-${tag}-s${who.session.index}-p${who.n}`;
	const sent: SentAnswer = { sessionId: who.session.sessionId, answerId };
	const started = performance.now();
	const acked = who.phone
		.command('answer:submit', { answerId, questionId, value: who.n % 11 }, ACK_TIMEOUT_MS)
		.then(() => performance.now() - started);
	return { sent, acked };
}

export async function answerAtRate(
	sessions: readonly BenchSession[],
	{ startAt, rate, seconds, tag, store }: Tasks['answers']['args']
): Promise<Tasks['answers']['result']> {
	const all = answerersOf(sessions);
	const chosen = shuffled(all, rate).slice(0, Math.min(all.length, Math.round(rate * seconds)));
	const reader = store ? await openReader(store) : null;
	const result: Tasks['answers']['result'] = {
		latencies: [],
		sent: [],
		acked: [],
		errors: {},
		lagMs: [],
		checked: 0,
		notVisible: 0
	};
	const start = epochToPerf(startAt);
	const pending: Promise<void>[] = [];
	for (let i = 0; i < chosen.length; i++) {
		const due = start + (i * 1000) / rate;
		if (performance.now() < due) await waitPerf(due);
		result.lagMs.push(performance.now() - due);
		const { sent, acked } = submit(chosen[i]!, tag);
		result.sent.push(sent);
		pending.push(
			acked.then(
				async (ms) => {
					result.latencies.push(ms);
					result.acked.push(sent);
					if (reader && result.acked.length % CHECK_EVERY === 0) {
						result.checked++;
						if (!(await reader.has(sent))) result.notVisible++;
					}
				},
				(error: Error) => {
					result.errors[error.message] = (result.errors[error.message] ?? 0) + 1;
				}
			)
		);
	}
	await Promise.all(pending);
	await reader?.close();
	return result;
}

/**
 * Before any reveal, part of each session answers at once while the rest only listen: what the
 * listeners receive meanwhile, up to `quietMs` after the last ack, is the cost of an answer to
 * phones that had nothing to do with it.
 */
export async function silentBytes(
	sessions: readonly BenchSession[],
	{ startAt, answerShare, quietMs }: Tasks['bytes']['args']
): Promise<Tasks['bytes']['result']> {
	const answerers: Answerer[] = [];
	const silent: BenchClient[] = [];
	for (const session of sessions) {
		if (session.questionId === null) continue;
		const cut = Math.ceil(session.phones.length * answerShare);
		session.phones.forEach((phone, n) =>
			n < cut ? answerers.push({ session, phone, n }) : silent.push(phone)
		);
	}
	await waitPerf(epochToPerf(startAt));
	const counters = silent.map((phone) => phone.countBytes());
	const presenters = sessions.map((session) => session.presenter.countBytes());
	const outcomes = await Promise.allSettled(answerers.map((who) => submit(who, 'bytes').acked));
	await new Promise((resolve) => setTimeout(resolve, quietMs));
	return {
		bytes: counters.reduce((sum, stop) => sum + stop(), 0),
		presenterBytes: presenters.reduce((sum, stop) => sum + stop(), 0),
		answers: outcomes.filter((o) => o.status === 'fulfilled').length,
		silentPhones: silent.length
	};
}
