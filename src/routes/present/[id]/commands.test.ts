import { describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n/i18n.svelte';
import type { LiveConnection } from '$lib/realtime/connection.svelte';
import { CommandRunner } from './commands.svelte';

/** A connection whose acks the test lines up, one per command. */
function fakeConnection() {
	return { send: vi.fn<LiveConnection['send']>() };
}

describe('CommandRunner', () => {
	it('sends the command with its payload and hands back the ack', async () => {
		const conn = fakeConnection();
		conn.send.mockResolvedValueOnce({ ok: true, seq: 4 });
		const runner = new CommandRunner(conn);
		const ack = await runner.run('slide:goto', { index: 2 });
		expect(conn.send).toHaveBeenCalledWith('slide:goto', { index: 2 });
		expect(ack).toEqual({ ok: true, seq: 4 });
		expect(runner.failure).toBeNull();
	});

	it('turns a refusal into the message for its error code', async () => {
		const conn = fakeConnection();
		conn.send.mockResolvedValueOnce({
			ok: false,
			error: { code: 'invalid_state', message: 'no next slide' }
		});
		const runner = new CommandRunner(conn);
		const ack = await runner.run('slide:next', {});
		expect(ack.ok).toBe(false);
		expect(runner.failure).toBe(t('problem.invalid_state'));
		expect(runner.failure).not.toBe(t('problem.timeout'));
	});

	it('clears the message once a command goes through again', async () => {
		const conn = fakeConnection();
		conn.send
			.mockResolvedValueOnce({ ok: false, error: { code: 'offline', message: 'not connected' } })
			.mockResolvedValueOnce({ ok: true, seq: 5 });
		const runner = new CommandRunner(conn);
		await runner.run('question:open', { questionId: 'smerte' });
		expect(runner.failure).toBe(t('problem.offline'));
		await runner.run('question:open', { questionId: 'smerte' });
		expect(runner.failure).toBeNull();
	});

	it('shows a failure from outside the socket in the same place', () => {
		const runner = new CommandRunner(fakeConnection());
		runner.fail('Download failed');
		expect(runner.failure).toBe('Download failed');
	});
});
