/** Slide fan-out as phones see it: from the presenter's command until the session's last phone has it. */
import { epochToPerf, lastToReach, waitPerf, type BenchClient } from './clients';
import type { FanoutResult, Tasks } from './messages';

export type BenchSession = {
	index: number;
	sessionId: string;
	presenter: BenchClient;
	phones: BenchClient[];
	slideIndex: number;
	slideCount: number;
	/**
	 * The question the last `openQuestions` opened and every phone shows; null when it failed.
	 * Only then do the session's phones answer: an answer to an older question would replace the
	 * phone's earlier answer to it, which the store keeps one of per phone and question.
	 */
	questionId: string | null;
};

const COMMAND_TIMEOUT_MS = 10_000;
const FANOUT_TIMEOUT_MS = 10_000;

/** Moves one session on by a slide; the fan-out time in ms, or null when a phone never got it. */
export async function changeSlide(session: BenchSession): Promise<number | null> {
	const target = (session.slideIndex + 1) % session.slideCount;
	session.slideIndex = target;
	const reached = lastToReach(session.phones, (s) => s.slideIndex === target, FANOUT_TIMEOUT_MS);
	const sent = performance.now();
	session.presenter
		.command('slide:goto', { index: target }, COMMAND_TIMEOUT_MS)
		.catch(() => undefined);
	const at = await reached;
	return at === null ? null : at - sent;
}

function fanoutResult(sessions: readonly BenchSession[], times: (number | null)[]): FanoutResult {
	const phones = sessions.flatMap((s) => s.phones);
	const frames = phones.reduce((sum, p) => sum + p.stateFrames, 0);
	const bytes = phones.reduce((sum, p) => sum + p.stateBytes, 0);
	return {
		latencies: times.filter((t): t is number => t !== null),
		incomplete: times.filter((t) => t === null).length,
		stateBytes: frames > 0 ? bytes / frames : 0
	};
}

/**
 * Every session changes slide once per period, each at its own offset so the whole population
 * sends at an even rate. A slide that is still on its way delays the session's next one.
 */
export async function steadyFanout(
	sessions: readonly BenchSession[],
	{ startAt, periodMs, durationMs, totalSessions }: Tasks['fanout']['args']
): Promise<FanoutResult> {
	const start = epochToPerf(startAt);
	const times: (number | null)[] = [];
	await Promise.all(
		sessions.map(async (session) => {
			const offset = ((session.index + 0.5) / totalSessions) * periodMs;
			for (let at = start + offset; at < start + durationMs; at += periodMs) {
				await waitPerf(at);
				times.push(await changeSlide(session));
			}
		})
	);
	return fanoutResult(sessions, times);
}

export async function burstFanout(
	sessions: readonly BenchSession[],
	{ startAt }: Tasks['burst']['args']
): Promise<FanoutResult> {
	await waitPerf(epochToPerf(startAt));
	const times = await Promise.all(sessions.map(changeSlide));
	return fanoutResult(sessions, times);
}

/**
 * Adds a 0–10 question (which opens it) and gives its id once the presenter's own state has it:
 * through a cluster adapter the state may come after the ack, as a broadcast is sent to the
 * other instances before this one's sockets.
 */
export async function addQuestion(presenter: BenchClient, text: string): Promise<string | null> {
	const { seq } = await presenter.command<{ seq: number }>(
		'question:add',
		{ template: 'scale', text },
		COMMAND_TIMEOUT_MS
	);
	await lastToReach([presenter], (s) => s.seq >= seq, COMMAND_TIMEOUT_MS);
	return presenter.state?.question?.id ?? null;
}

/** Each presenter adds a 0–10 question (which opens it); resolves once every phone shows it. */
export async function openQuestions(
	sessions: readonly BenchSession[]
): Promise<Tasks['question']['result']> {
	let failed = 0;
	await Promise.all(
		sessions.map(async (session) => {
			session.questionId = null;
			try {
				const id = await addQuestion(session.presenter, 'Hvor godt har du det lige nu?');
				if (!id) throw new Error('no question in the state after question:add');
				const at = await lastToReach(session.phones, (s) => s.question?.id === id, 20_000);
				if (at === null) failed++;
				else session.questionId = id;
			} catch {
				failed++;
			}
		})
	);
	return { opened: sessions.length - failed, failed };
}
