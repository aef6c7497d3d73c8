/**
 * Checked by `npm run check`, never run: a handler gets its own command's payload and must
 * return its own command's ack, from the same event map the client's `send` uses.
 */
import type { Commands } from './guard';

declare const commands: Commands;
const expectType = <T>(value: T): T => value;

export function handlers(): void {
	commands.on('slide:goto', async (session, command) => {
		expectType<number>(command.index);
		expectType<'slide:goto'>(command.type);
		return { ok: true, seq: session.record.state.seq };
	});
	commands.on('remote:pair', async () => ({ ok: true, seq: 2, pairingToken: 'token' }));
	commands.on('answer:submit', async (_session, submit) => ({ ok: true, answer: submit }));

	// @ts-expect-error a state command's ack carries the new sequence number
	commands.on('slide:next', async () => ({ ok: true }));
	// @ts-expect-error remote:pair must hand back the pairing token
	commands.on('remote:pair', async () => ({ ok: true, seq: 2 }));
	// @ts-expect-error slide:goto's payload has no question
	commands.on('slide:goto', async (_session, command) => ({ ok: true, seq: command.questionId }));
	// @ts-expect-error an answer's ack carries the stored answer, not a sequence number
	commands.on('answer:submit', async () => ({ ok: true, seq: 2 }));
	// @ts-expect-error an error ack uses one of the protocol's codes
	commands.on('slide:prev', async () => ({ ok: false, error: { code: 'oops', message: '' } }));
	// @ts-expect-error there is no such event
	commands.on('slide:skip', async () => ({ ok: true, seq: 2 }));
}
