/** Which figures the benchmark reports, under which key (for --json) and with which label. */
import { presenterSession, type Plan } from './plan';
import type { Summary } from './stats';
import { ratio, type Line } from './table';
import type { Target } from './targets';

export type Measured = Record<string, number>;
export type Results = Record<Target, Measured>;

type Figure = { key: string; label: string; unit: string; ratio?: false };
type Entry = Figure | { section: string };

type Percentile = 'p50' | 'p95' | 'p99' | 'max';
const percentiles: readonly Percentile[] = ['p50', 'p95', 'p99', 'max'];

/** Puts a summary's percentiles under `prefix.p50` … `prefix.max`. */
export function record(
	out: Measured,
	prefix: string,
	summary: Summary | null,
	which: readonly Percentile[] = percentiles
): void {
	if (!summary) return;
	for (const p of which) out[`${prefix}.${p}`] = summary[p];
}

const latency = (key: string, label: string, which = percentiles): Figure[] =>
	which.map((p) => ({ key: `${key}.${p}`, label: `${label} ${p}`, unit: 'ms' }));

/** A full listen queue makes a client retry its SYN a second later: context for join times. */
const overflowsDuring = (prefix: string): Figure => ({
	key: `${prefix}.listenOverflows`,
	label: 'connections the kernel dropped meanwhile (listen queue full, whole machine)',
	unit: '',
	ratio: false
});

const n = (value: number) => value.toLocaleString('en-US');

export function catalogue(plan: Plan, instances = 1): Entry[] {
	const killed = instances === 1 ? 'kill -9' : `kill -9 of all ${instances} instances`;
	const c10 = `${n(plan.classes10.phones)} phones / ${plan.classes10.sessions} sessions`;
	const c250 = `${n(plan.classes250.phones)} phones / ${plan.classes250.sessions} sessions`;
	const entries: Entry[] = [
		{ section: 'Slide fan-out: presenter command → last phone of the session has the slide' },
		...latency('fanout.c10', `${c10}, a slide/s each,`),
		...latency('fanout.steady', `${c250}, a slide every ~15 s,`),
		...latency('fanout.burst', `all ${plan.classes250.sessions} sessions at once,`),
		{
			key: 'fanout.incomplete',
			label: 'fan-outs a phone missed (10 s limit)',
			unit: '',
			ratio: false
		},
		{ key: 'fanout.stateBytes', label: 'one state frame to a phone', unit: 'bytes' },
		{ section: `Answers, open loop, ${c250}; found = in the store after ${killed}` }
	];
	for (const { rate } of plan.answers) {
		const at = `${n(rate)}/s`;
		entries.push(
			...latency(`answers.r${rate}`, `${at} ack`, ['p50', 'p95', 'p99']),
			{ key: `answers.r${rate}.acked`, label: `${at} acknowledged`, unit: '', ratio: false },
			{ key: `answers.r${rate}.found`, label: `${at} found in the store`, unit: '', ratio: false },
			{
				key: `answers.r${rate}.lost`,
				label: `${at} acknowledged but lost`,
				unit: '',
				ratio: false
			},
			{
				key: `answers.r${rate}.failed`,
				label: `${at} refused or timed out`,
				unit: '',
				ratio: false
			},
			{
				key: `answers.r${rate}.notVisible`,
				label: `${at} acks sampled before the row was readable`,
				unit: '',
				ratio: false
			},
			{ key: `answers.r${rate}.cpu`, label: `${at} server CPU per answer`, unit: 'ms' },
			{
				key: `answers.r${rate}.lag`,
				label: `${at} load generator behind its schedule, p99`,
				unit: 'ms',
				ratio: false
			}
		);
	}
	entries.push(
		{
			section: `Bytes in an answer burst before any reveal: ${plan.bytesAnswerShare * 100} % of each session answers at once`
		},
		{
			key: 'bytes.perAnswer',
			label: 'to the phones that did not answer, per answer',
			unit: 'bytes',
			ratio: false
		},
		{
			key: 'bytes.presenterPerAnswer',
			label: 'to the presenter, per answer',
			unit: 'bytes',
			ratio: false
		},
		{ section: 'Joins: phones connecting until each has its snapshot' },
		{ key: 'joins.c10.rate', label: `${c10}: joins per second`, unit: '/s' },
		...latency('joins.c10', `${c10}: join`, ['p50', 'p99']),
		overflowsDuring('joins.c10'),
		{ key: 'joins.c250.rate', label: `${c250}: joins per second`, unit: '/s' },
		...latency('joins.c250', `${c250}: join`, ['p50', 'p99']),
		overflowsDuring('joins.c250'),
		{ key: 'joins.failed', label: 'joins refused or timed out', unit: '', ratio: false },
		{
			section: `Reconnect storm: ${n(plan.storm.phones)} phones drop at once, each back after 0.5–1.5 s`
		},
		{ key: 'storm.total', label: 'from the drop until the last phone is resynced', unit: 'ms' },
		...latency('storm', 'per phone, reconnect to snapshot,', ['p50', 'p95', 'p99']),
		overflowsDuring('storm'),
		{ key: 'storm.failed', label: 'phones not resynced (60 s limit)', unit: '', ratio: false },
		{
			section: `Memory (server RSS${instances === 1 ? '' : `, the sum of ${instances} instances`}), ${c250}`
		},
		{ key: 'memory.base', label: 'RSS after warm-up, before the sessions', unit: 'MB' },
		{ key: 'memory.perSession', label: 'per session (its presenter connected)', unit: 'KB' },
		{ key: 'memory.perPhone', label: 'per phone', unit: 'KB' },
		{
			section: `The presenter's update, ${presenterSession.phones} phones answering ${presenterSession.questions} questions (Forstå's code in-process)`
		},
		{ key: 'presenter.cpu.p50', label: 'CPU per update, p50', unit: 'ms', ratio: false },
		{
			key: 'presenter.cpu.last',
			label: 'CPU per update, last question, p50',
			unit: 'ms',
			ratio: false
		},
		{ key: 'presenter.cpu.max', label: 'CPU per update, max', unit: 'ms', ratio: false }
	);
	return entries;
}

/** The table's lines for the figures measured in this run; sections without any are left out. */
export function toLines(entries: readonly Entry[], results: Results): Line[] {
	const lines: Line[] = [];
	let section: string | null = null;
	for (const entry of entries) {
		if ('section' in entry) {
			section = entry.section;
			continue;
		}
		const cell = (target: Target) => results[target][entry.key] ?? null;
		if (cell('bare') === null && cell('bareDurable') === null && cell('forsta') === null) continue;
		if (section) lines.push({ section });
		section = null;
		lines.push({
			label: entry.label,
			unit: entry.unit,
			bare: cell('bare'),
			bareDurable: cell('bareDurable'),
			forsta: cell('forsta'),
			ratio: entry.ratio !== false
		});
	}
	return lines;
}

/** The same figures keyed for a later check: each with both servers and Forstå's ratios. */
export function toJson(entries: readonly Entry[], results: Results) {
	const figures: Record<string, object> = {};
	for (const entry of entries) {
		if ('section' in entry) continue;
		const cell = (target: Target) => results[target][entry.key] ?? null;
		const [bare, bareDurable, forsta] = [cell('bare'), cell('bareDurable'), cell('forsta')];
		if (bare === null && bareDurable === null && forsta === null) continue;
		const over = (reference: number | null) =>
			entry.ratio !== false ? ratio(forsta, reference) : null;
		figures[entry.key] = {
			label: entry.label,
			unit: entry.unit,
			bare,
			bareDurable,
			forsta,
			ratio: over(bare),
			ratioDurable: over(bareDurable)
		};
	}
	return figures;
}
