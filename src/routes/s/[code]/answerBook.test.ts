import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n/i18n.svelte';
import type { Ack } from '$lib/protocol';
import { useMemoryStorage } from '../../../../tests/support/browser';
import { AnswerBook, type AnswerLink } from './answerBook.svelte';
import { loadOutbox } from './outbox';

const code = '123456';

/** A connection as the book sees it: whether it is up, and a send whose acks the test gives. */
function fakeLink() {
	const socket = { connected: true };
	const send = vi.fn<AnswerLink['send']>();
	const acks: ((reply: Ack) => void)[] = [];
	send.mockImplementation(() => new Promise<Ack>((resolve) => acks.push(resolve)));
	/** Answers the oldest send still waiting, and lets the book's continuation run. */
	const ack = async (reply: Ack = { ok: true }) => {
		acks.shift()?.(reply);
		await Promise.resolve();
	};
	return { socket, send, ack };
}

/** What went out as `answer:submit`, in order. */
const submitted = (link: ReturnType<typeof fakeLink>) =>
	link.send.mock.calls.map(([event, payload]) => ({ event, ...payload }));

beforeEach(() => {
	useMemoryStorage();
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('AnswerBook', () => {
	it('sends a choice with a fresh id, keeps it in the outbox until the ack, then marks it saved', async () => {
		const link = fakeLink();
		const book = new AnswerBook(link, code);
		const done = book.choose('pain', 7);
		expect(book.answers.pain).toMatchObject({ value: 7, status: 'saving' });
		expect(loadOutbox(code).pain).toMatchObject({ value: 7 });
		const [sent] = submitted(link);
		expect(sent).toMatchObject({ event: 'answer:submit', questionId: 'pain', value: 7 });
		expect(sent!.answerId).toBe(book.answers.pain!.answerId);
		await link.ack();
		await done;
		expect(book.answers.pain).toEqual({ answerId: sent!.answerId, value: 7, status: 'saved' });
		expect(loadOutbox(code)).toEqual({});
	});

	it('gives each choice its own id', async () => {
		const link = fakeLink();
		const book = new AnswerBook(link, code);
		void book.choose('pain', 3);
		void book.choose('pain', 4);
		const [first, second] = submitted(link);
		expect(first!.answerId).not.toBe(second!.answerId);
	});

	it('says why when the server turns an answer down', async () => {
		const link = fakeLink();
		const book = new AnswerBook(link, code);
		const done = book.choose('pain', 7);
		await link.ack({ ok: false, error: { code: 'invalid_state', message: 'closed' } });
		await done;
		expect(book.answers.pain).toMatchObject({
			value: 7,
			status: 'failed',
			message: t('problem.invalid_state')
		});
		expect(loadOutbox(code)).toEqual({});
	});

	it('keeps waiting, not failed, when the connection dropped before the ack came', async () => {
		const link = fakeLink();
		const book = new AnswerBook(link, code);
		const done = book.choose('pain', 7);
		link.socket.connected = false;
		await link.ack({ ok: false, error: { code: 'timeout', message: 'no answer' } });
		await done;
		expect(book.answers.pain).toMatchObject({ value: 7, status: 'saving' });
		expect(loadOutbox(code).pain).toMatchObject({ value: 7 });
	});

	it('does not send while offline, and sends the same answer with the same id from the next snapshot', async () => {
		const link = fakeLink();
		link.socket.connected = false;
		const book = new AnswerBook(link, code);
		await book.choose('pain', 7);
		expect(link.send).not.toHaveBeenCalled();
		const { answerId } = book.answers.pain!;

		link.socket.connected = true;
		book.reconcile([]);
		expect(submitted(link)).toEqual([
			{ event: 'answer:submit', answerId, questionId: 'pain', value: 7 }
		]);
		await link.ack();
		expect(book.answers.pain).toEqual({ answerId, value: 7, status: 'saved' });
	});

	it('lets a late ack for an earlier choice not overwrite a newer one', async () => {
		const link = fakeLink();
		const book = new AnswerBook(link, code);
		const first = book.choose('pain', 3);
		const second = book.choose('pain', 4);
		await link.ack({ ok: false, error: { code: 'invalid_state', message: 'late' } });
		await first;
		expect(book.answers.pain).toMatchObject({ value: 4, status: 'saving' });
		await link.ack();
		await second;
		expect(book.answers.pain).toMatchObject({ value: 4, status: 'saved' });
	});

	it('takes the snapshot as the truth for stored answers, and keeps and re-sends the waiting ones', async () => {
		const link = fakeLink();
		link.socket.connected = false;
		const book = new AnswerBook(link, code);
		await book.choose('pain', 8);
		book.stored({ questionId: 'goal', answerId: 'goal-old-01', value: 'Gå' });
		const waitingId = book.answers.pain!.answerId;

		link.socket.connected = true;
		book.reconcile([
			{ questionId: 'pain', answerId: 'pain-old-01', value: 2 },
			{ questionId: 'myth', answerId: 'myth-old-01', value: 'fact' }
		]);
		expect(book.answers).toEqual({
			pain: { answerId: waitingId, value: 8, status: 'saving' },
			myth: { answerId: 'myth-old-01', value: 'fact', status: 'saved' }
		});
		expect(submitted(link)).toEqual([
			{ event: 'answer:submit', answerId: waitingId, questionId: 'pain', value: 8 }
		]);
	});

	it('picks up after a reload what was still waiting, with its original id', () => {
		const offline = fakeLink();
		offline.socket.connected = false;
		void new AnswerBook(offline, code).choose('pain', 6);
		const waiting = loadOutbox(code).pain!;

		const link = fakeLink();
		const reloaded = new AnswerBook(link, code);
		expect(reloaded.answers.pain).toEqual(waiting);
		reloaded.reconcile([]);
		expect(submitted(link)).toEqual([
			{ event: 'answer:submit', answerId: waiting.answerId, questionId: 'pain', value: 6 }
		]);
	});

	it('shows an answer stored from another tab as saved', () => {
		const book = new AnswerBook(fakeLink(), code);
		book.stored({ questionId: 'pain', answerId: 'other-tab-1', value: 5 });
		expect(book.answers.pain).toEqual({ answerId: 'other-tab-1', value: 5, status: 'saved' });
	});

	it('forgets everything, the outbox too, once the participant deletes their answers', async () => {
		const link = fakeLink();
		link.socket.connected = false;
		const book = new AnswerBook(link, code);
		await book.choose('pain', 6);
		book.clear();
		expect(book.answers).toEqual({});
		expect(loadOutbox(code)).toEqual({});
	});
});
