import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { joinTarget } from './joinUrl';

const lan = Object.values(networkInterfaces())
	.flat()
	.find((a) => a && a.family === 'IPv4' && !a.internal);

describe('joinTarget', () => {
	it('uses PUBLIC_URL when it is set, whatever the server listens on', () => {
		expect(
			joinTarget(new URL('http://localhost:3000/present/x'), {
				publicUrl: 'https://forsta.example.dk/',
				host: '127.0.0.1'
			})
		).toEqual({ base: 'https://forsta.example.dk', phonesCanJoin: true });
	});

	it('never offers a network address when the server listens only on loopback', () => {
		for (const host of ['127.0.0.1', 'localhost', '::1']) {
			expect(joinTarget(new URL('http://localhost:3000/present/x'), { host })).toEqual({
				base: 'http://localhost:3000',
				phonesCanJoin: false
			});
			expect(joinTarget(new URL('http://127.0.0.1:3000/'), { host }).phonesCanJoin).toBe(false);
		}
	});

	it('keeps the address the console was opened on when it is already a network one', () => {
		expect(joinTarget(new URL('http://192.168.1.20:3000/present/x'), { host: '0.0.0.0' })).toEqual({
			base: 'http://192.168.1.20:3000',
			phonesCanJoin: true
		});
	});

	it("offers the laptop's network address for a console on localhost when phones can reach it", () => {
		const target = joinTarget(new URL('http://localhost:3000/present/x'), { host: '0.0.0.0' });
		if (lan) expect(target).toEqual({ base: `http://${lan.address}:3000`, phonesCanJoin: true });
		else expect(target).toEqual({ base: 'http://localhost:3000', phonesCanJoin: false });
	});
});
