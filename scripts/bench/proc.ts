/**
 * What a server costs, read from /proc: resident memory and CPU time used so far — summed over its
 * processes when it runs as several instances.
 */
import { readFileSync } from 'node:fs';

/** /proc reports CPU time in USER_HZ ticks, which Linux fixes at 100 per second for user space. */
const TICKS_PER_SECOND = 100;

export function parseRssKb(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	if (!match) throw new Error('no VmRSS line in /proc/<pid>/status');
	return Number(match[1]);
}

/** User plus system time in ms; the fields after the command name, which may hold spaces. */
export function parseCpuMs(stat: string): number {
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
	const ticks = Number(fields[11]) + Number(fields[12]);
	if (!Number.isFinite(ticks)) throw new Error('unreadable /proc/<pid>/stat');
	return (ticks * 1000) / TICKS_PER_SECOND;
}

const sum = (pids: readonly number[], read: (pid: number) => number) =>
	pids.reduce((total, pid) => total + read(pid), 0);
export const rssKb = (pids: readonly number[]) =>
	sum(pids, (pid) => parseRssKb(readFileSync(`/proc/${pid}/status`, 'utf8')));
export const cpuMs = (pids: readonly number[]) =>
	sum(pids, (pid) => parseCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8')));

/**
 * Waits until the server has gone quiet (under 5 % of a core for 400 ms), at most `maxMs`, so a
 * memory sample is not taken in the middle of work still queued from the step before.
 */
export async function settle(pids: readonly number[], maxMs = 5_000): Promise<void> {
	const until = Date.now() + maxMs;
	let before = cpuMs(pids);
	while (Date.now() < until) {
		await new Promise((resolve) => setTimeout(resolve, 400));
		const now = cpuMs(pids);
		if (now - before < 20) return;
		before = now;
	}
}

/**
 * Connections the kernel turned away because a listen queue was full (the client's SYN is then
 * retried after 1 s, 3 s, …). The count is for the whole machine, other programs included.
 */
export function parseListenOverflows(netstat: string): number {
	const lines = netstat.split('\n');
	for (let i = 0; i + 1 < lines.length; i += 2) {
		const names = lines[i]!.split(' ');
		const values = lines[i + 1]!.split(' ');
		const at = names.indexOf('ListenOverflows');
		if (names[0] === 'TcpExt:' && at > 0) return Number(values[at]);
	}
	return 0;
}

export const listenOverflows = () =>
	parseListenOverflows(readFileSync('/proc/net/netstat', 'utf8'));
