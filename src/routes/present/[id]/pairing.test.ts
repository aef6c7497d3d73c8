import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection, type ConsoleConnection } from '$lib/realtime/connection.svelte';
import { RemotePairing } from './pairing.svelte';

const base = 'http://192.168.1.20:3000';

const open: LiveConnection[] = [];
afterEach(() => {
	for (const conn of open.splice(0)) conn.close();
});

/** A console connection (to no server) whose sends get the acks the test lines up. */
function pairingWith(...acks: Awaited<ReturnType<ConsoleConnection['send']>>[]) {
	const conn: ConsoleConnection = new LiveConnection(
		{ role: 'presenter', sessionId: 'sess1234', presenterKey: 'k'.repeat(43) },
		{ url: 'http://127.0.0.1:9' }
	);
	open.push(conn);
	const send = vi.spyOn(conn, 'send');
	for (const ack of acks) send.mockResolvedValueOnce(ack);
	return { send, conn, pairing: new RemotePairing(conn, base, 'sess1234') };
}

describe('RemotePairing', () => {
	it('offers the remote address with the one-time token the server made', async () => {
		const { send, pairing } = pairingWith({ ok: true, seq: 2, pairingToken: 'tok-123' });
		expect(pairing.url).toBeNull();
		await pairing.pair();
		expect(send).toHaveBeenCalledWith('remote:pair', {});
		expect(pairing.url).toBe(`${base}/remote/sess1234#p=tok-123`);
	});

	it('offers nothing when the server refuses, and says why', async () => {
		const { pairing, conn } = pairingWith({
			ok: false,
			error: { code: 'forbidden', message: 'no' }
		});
		await pairing.pair();
		expect(pairing.url).toBeNull();
		expect(conn.failure).not.toBeNull();
	});

	it('takes the address away at once on revoke, and tells the server', async () => {
		const { send, pairing } = pairingWith(
			{ ok: true, seq: 2, pairingToken: 'tok-123' },
			{ ok: true, seq: 3 }
		);
		await pairing.pair();
		const revoked = pairing.revoke();
		expect(pairing.url).toBeNull();
		await revoked;
		expect(send).toHaveBeenLastCalledWith('remote:revoke', {});
	});
});
