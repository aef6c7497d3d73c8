/**
 * Checked by `npm run check`, never run: the console's connection keeps every type of the
 * event map. Each `@ts-expect-error` must meet a compile error, or the check fails on it.
 */
import type { ConsoleConnection } from '$lib/realtime/connection.svelte';

const expectType = <T>(value: T): T => value;

/** The console's connection keeps every type of the event map it sends through. */
export async function consoleRunner(runner: ConsoleConnection): Promise<void> {
	const paired = await runner.run('remote:pair', {});
	if (paired.ok) expectType<string>(paired.pairingToken);
	// @ts-expect-error the index is a number
	await runner.run('slide:goto', { index: '2' });
	// @ts-expect-error a participant command is not the console's to send
	await runner.run('answer:submit', { answerId: 'answer-0001', questionId: 'smerte', value: 4 });
	const moved = await runner.run('slide:next', {});
	// @ts-expect-error only remote:pair's ack carries a pairing token
	if (moved.ok) void moved.pairingToken;
}
