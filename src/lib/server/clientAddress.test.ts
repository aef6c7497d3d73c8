import { describe, expect, it } from 'vitest';
import { clientAddress, MissingAddressHeader } from './clientAddress';

const headers =
	(values: Record<string, string>) =>
	(name: string): string | undefined =>
		values[name];

describe('clientAddress', () => {
	it('ignores forwarding headers unless a proxy is configured to set one', () => {
		const spoofed = headers({ 'x-forwarded-for': '203.0.113.9' });
		expect(clientAddress(spoofed, '192.0.2.1', { xffDepth: 1 })).toBe('192.0.2.1');
	});

	it('takes the XFF_DEPTH-th address from the right, the one the trusted proxy appended', () => {
		const forwarded = headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9, 198.51.100.4' });
		const proxy = { addressHeader: 'X-Forwarded-For', xffDepth: 1 };
		expect(clientAddress(forwarded, '127.0.0.1', proxy)).toBe('198.51.100.4');
		expect(clientAddress(forwarded, '127.0.0.1', { ...proxy, xffDepth: 2 })).toBe('203.0.113.9');
		expect(() => clientAddress(forwarded, '127.0.0.1', { ...proxy, xffDepth: 4 })).toThrow(
			MissingAddressHeader
		);
	});

	it('reads another header whole, and refuses a request that lacks it', () => {
		const proxy = { addressHeader: 'x-real-ip', xffDepth: 1 };
		expect(clientAddress(headers({ 'x-real-ip': ' 198.51.100.4 ' }), '127.0.0.1', proxy)).toBe(
			'198.51.100.4'
		);
		expect(() => clientAddress(headers({}), '127.0.0.1', proxy)).toThrow(MissingAddressHeader);
	});

	it('names an IPv4 client the same through a dual-stack socket', () => {
		expect(clientAddress(headers({}), '::ffff:192.0.2.1', { xffDepth: 1 })).toBe('192.0.2.1');
		expect(clientAddress(headers({}), '2001:db8::1', { xffDepth: 1 })).toBe('2001:db8::1');
	});
});
