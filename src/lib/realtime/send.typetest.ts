/**
 * Checked by `npm run check`, never run: a command's event name, its payload and its
 * acknowledgement are typed from the one event map, on the console's path and on the phone's.
 * Each `@ts-expect-error` must meet a compile error, or the check fails on the directive itself.
 */
import type { AnswerValue, ErrorCode, Snapshot } from '$lib/protocol';
import type { LiveConnection } from './connection.svelte';

declare const conn: LiveConnection;
const expectType = <T>(value: T): T => value;

/** The console: presenter commands and their acks. */
export async function consolePath(): Promise<void> {
	const paired = await conn.send('remote:pair', {});
	if (paired.ok) expectType<string>(paired.pairingToken);
	else expectType<ErrorCode>(paired.error.code);

	const moved = await conn.send('slide:goto', { index: 2 });
	if (moved.ok) {
		expectType<number>(moved.seq);
		// @ts-expect-error only remote:pair's ack carries a pairing token
		void moved.pairingToken;
	}
	await conn.send('dialogue:show', { text: 'Tal sammen', seconds: 60 });
	await conn.send('question:add', { template: 'single', text: 'Nyttigt?', options: ['Ja', 'Nej'] });

	// @ts-expect-error the index is a number
	await conn.send('slide:goto', { index: '2' });
	// @ts-expect-error slide:goto needs its index
	await conn.send('slide:goto', {});
	// @ts-expect-error slide:next takes no fields
	await conn.send('slide:next', { index: 1 });
	// @ts-expect-error a template the menu does not have
	await conn.send('question:add', { template: 'poll', text: 'Hvad?' });
	// @ts-expect-error a session's form is group, individual or video
	await conn.send('session:mode', { mode: 'webinar' });
	// @ts-expect-error there is no such event
	await conn.send('slide:skip', {});
}

/** The phone: participant commands and their acks. */
export async function phonePath(): Promise<void> {
	const answer = { answerId: 'answer-0001', questionId: 'smerte' };
	const stored = await conn.send('answer:submit', { ...answer, value: 4 });
	if (stored.ok) {
		expectType<AnswerValue>(stored.answer.value);
		// @ts-expect-error a participant's ack carries no sequence number
		void stored.seq;
	}
	const renamed = await conn.send('participant:rename', { nickname: 'Inger' });
	// @ts-expect-error a rename's ack carries nothing but ok
	if (renamed.ok) void renamed.answer;
	const synced = await conn.send('session:sync', {});
	if (synced.ok) expectType<Snapshot>(synced.snapshot);

	// @ts-expect-error an answer is one of the answer shapes, not any object
	await conn.send('answer:submit', { ...answer, value: { rating: 3 } });
	// @ts-expect-error an answer needs the question it answers
	await conn.send('answer:submit', { answerId: 'answer-0001', value: 4 });
	// @ts-expect-error a nickname is text
	await conn.send('participant:rename', { nickname: 7 });
	// @ts-expect-error there is no such event
	await conn.send('answer:send', { ...answer, value: 4 });
}
