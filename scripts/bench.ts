// npm run bench — a bare socket.io room-broadcast server and Forstå's production server, driven
// by the same schedule from separate load generator processes, every figure side by side with
// Forstå's ratio. Loopback only; every phase has a time limit; every process ends with the run.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseOptions, usage } from './bench/args';
import { abortAll } from './bench/children';
import { catalogue, toJson, toLines, type Results } from './bench/figures';
import { includes, makePlan, type Phase } from './bench/plan';
import { runPopulation, type Population } from './bench/population';
import { presenterCpu } from './bench/presenter-cpu';
import { renderTable } from './bench/table';
import { ensureServices } from './services.js';
import { clusterMissing, ensureBuild, setUp, targetNames } from './bench/targets';

let options;
try {
	options = parseOptions(process.argv.slice(2));
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const instances = options.instances;
const missing = instances > 1 ? clusterMissing() : null;
if (missing) {
	console.error(missing);
	process.exit(2);
}
if (instances > 1) {
	// PostgreSQL and Redis as the suite has them: started when they are down, unless named.
	try {
		await ensureServices({ log: (line) => process.stderr.write(`${line}\n`) });
	} catch (error) {
		console.error((error as Error).message);
		process.exit(2);
	}
}
const names = targetNames(instances);

/**
 * One instance is meant to take under ten minutes; past that it stops rather than hang. Clusters
 * connect every phone through nginx and TLS to several processes on the same cores, and get longer.
 */
const HARD_LIMIT_MS = (instances === 1 ? 10 : 25) * 60_000;

const plan = makePlan(options.quick);
const only = options.only;
const wants = (...phases: Phase[]) => phases.some((phase) => includes(only, phase));

const populations: Population[] = [];
if (wants('joins', 'fanout')) populations.push('classes10');
if (wants('joins', 'memory', 'fanout', 'bytes', 'answers')) populations.push('classes250');
if (wants('storm')) populations.push('storm');

const started = Date.now();
const hardLimit = setTimeout(() => {
	console.error(`The run passed ${HARD_LIMIT_MS / 60_000} minutes and was stopped.`);
	void abortAll().then(() => process.exit(1));
}, HARD_LIMIT_MS);
const results: Results = { bare: {}, bareDurable: {}, forsta: {} };
const warnings: string[] = [];
const load = loadavg()[0]!.toFixed(1);

try {
	ensureBuild();
	let last = Date.now();
	for (const population of populations) {
		await runPopulation({
			population,
			only,
			plan,
			instances,
			results,
			warn: (target, message) => warnings.push(`${names[target]}: ${message}`),
			progress: (step) => {
				const since = ((Date.now() - last) / 1000).toFixed(0);
				const load = loadavg()[0]!.toFixed(1);
				process.stderr.write(`… ${step} (the step before took ${since} s; load ${load})\n`);
				last = Date.now();
			}
		});
	}
	// In this process, on Forstå's code alone: the bare server has no console to compare with.
	if (wants('presenter')) await presenterCpu(results.forsta);
} catch (error) {
	console.error(`\nThe benchmark failed: ${(error as Error).stack ?? String(error)}\n${usage}`);
	await abortAll();
	process.exit(1);
}
clearTimeout(hardLimit);

const entries = catalogue(plan, instances);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
	`\nForstå benchmark${options.quick ? ' (--quick)' : ''}${only ? ` (--only ${only})` : ''}: ` +
		`${new Date(started).toISOString()}, ${cpus().length} cores, load ${load} at start, ${minutes} min`
);
console.log(
	`Load: ${plan.workers} generator processes per server, ≤ ${plan.phonesPerAddress} phones per loopback address, websocket only.`
);
console.log(`${setUp(instances)}\n`);
console.log(renderTable(toLines(entries, results)));
if (warnings.length > 0) console.log(`\nWarnings:\n${warnings.map((w) => `- ${w}`).join('\n')}`);
if (options.json) {
	const report = {
		startedAt: new Date(started).toISOString(),
		minutes: Number(minutes),
		options,
		machine: { cores: cpus().length, loadAtStart: Number(load) },
		plan,
		figures: toJson(entries, results),
		warnings
	};
	writeFileSync(options.json, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`\nFigures written to ${options.json}`);
}
process.exit(0);
