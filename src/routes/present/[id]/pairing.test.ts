import { describe, expect, it, vi } from 'vitest';
import type { LiveConnection } from '$lib/realtime/connection.svelte';
import { CommandRunner } from './commands.svelte';
import { RemotePairing } from './pairing.svelte';

const base = 'http://192.168.1.20:3000';

function pairingWith(...acks: Awaited<ReturnType<LiveConnection['send']>>[]) {
	const send = vi.fn<LiveConnection['send']>();
	for (const ack of acks) send.mockResolvedValueOnce(ack);
	const runner = new CommandRunner({ send });
	return { send, runner, pairing: new RemotePairing(runner, base, 'sess1234') };
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
		const { pairing, runner } = pairingWith({
			ok: false,
			error: { code: 'forbidden', message: 'no' }
		});
		await pairing.pair();
		expect(pairing.url).toBeNull();
		expect(runner.failure).not.toBeNull();
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
