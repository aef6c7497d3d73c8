import { describe, expect, it } from 'vitest';
import { parseCpuMs, parseListenOverflows, parseRssKb } from './proc';

describe('reading /proc', () => {
	it('takes the resident set from status', () => {
		const status = 'Name:\tnode\nVmPeak:\t 900000 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 100 kB\n';
		expect(parseRssKb(status)).toBe(123456);
		expect(() => parseRssKb('Name:\tnode\n')).toThrow(/VmRSS/);
	});

	it('adds user and system ticks from stat, whatever the command name holds', () => {
		const fields = ['S', '1', '2', '3', '0', '-1', '4194304', '10', '0', '0', '0', '250', '50'];
		const stat = `4242 (node (bench) x) ${fields.join(' ')} 0 0 20 0 11 0 123`;
		expect(parseCpuMs(stat)).toBe(3000);
	});

	it('finds the listen-queue overflows among the TcpExt counters', () => {
		const netstat = [
			'TcpExt: SyncookiesSent SyncookiesRecv ListenOverflows ListenDrops',
			'TcpExt: 0 0 1234 1234',
			'IpExt: InNoRoutes ListenOverflows',
			'IpExt: 0 99'
		].join('\n');
		expect(parseListenOverflows(netstat)).toBe(1234);
		expect(parseListenOverflows('IpExt: InNoRoutes\nIpExt: 0\n')).toBe(0);
	});
});
