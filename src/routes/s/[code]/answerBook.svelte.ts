/**
 * The phone's own answers: what it chose, what the server has confirmed, and what still waits.
 * Waiting answers live in the outbox too, so a reload or a flat battery loses none of them.
 */
import { t } from '$lib/i18n/i18n.svelte';
import type { Ack, AnswerValue, ClientToServerEvents, MyAnswer } from '$lib/protocol';
import { randomId } from '$lib/phoneIdentity';
import { loadOutbox, saveOutbox, type OwnAnswer } from './outbox';

/** What the book needs of the connection; a LiveConnection is one. */
export type AnswerLink = {
	readonly socket: { readonly connected: boolean };
	send(
		event: 'answer:submit',
		payload: Parameters<ClientToServerEvents['answer:submit']>[0]
	): Promise<Ack>;
};

export class AnswerBook {
	/** By question id. */
	answers = $state<Record<string, OwnAnswer>>({});
	readonly #link: AnswerLink;
	readonly #joinCode: string;

	constructor(link: AnswerLink, joinCode: string) {
		this.#link = link;
		this.#joinCode = joinCode;
		this.answers = loadOutbox(joinCode);
	}

	/** A new choice gets a new id, so a late ack for an earlier choice cannot confirm this one. */
	choose(questionId: string, value: AnswerValue): Promise<void> {
		return this.#submit(questionId, randomId(), value);
	}

	/**
	 * Each snapshot is the server's truth about this phone's answers; answers still waiting for an
	 * ack are sent again with their original id, so the server stores each of them once.
	 */
	reconcile(stored: MyAnswer[]): void {
		const pending = Object.entries(this.answers).filter(([, a]) => a.status === 'saving');
		const next: Record<string, OwnAnswer> = {};
		for (const answer of stored) next[answer.questionId] = saved(answer);
		for (const [questionId, answer] of pending) next[questionId] = answer;
		this.#set(next);
		for (const [questionId, answer] of pending)
			void this.#submit(questionId, answer.answerId, answer.value);
	}

	/** Another tab of this phone stored an answer. */
	stored(answer: MyAnswer): void {
		this.#update(answer.questionId, saved(answer));
	}

	/** The participant deleted their answers from the session. */
	clear(): void {
		this.#set({});
	}

	async #submit(questionId: string, answerId: string, value: AnswerValue): Promise<void> {
		this.#update(questionId, { answerId, value, status: 'saving' });
		if (!this.#link.socket.connected) return; // Sent again from the next snapshot.
		const ack = await this.#link.send('answer:submit', { answerId, questionId, value });
		if (this.answers[questionId]?.answerId !== answerId) return; // A newer choice replaced it.
		if (ack.ok) this.#update(questionId, { answerId, value, status: 'saved' });
		// An ack lost to a dropped connection is no failure: the answer goes again on reconnect.
		else if (this.#link.socket.connected)
			this.#update(questionId, {
				answerId,
				value,
				status: 'failed',
				message: t(`problem.${ack.error.code}`)
			});
	}

	#update(questionId: string, answer: OwnAnswer): void {
		this.#set({ ...this.answers, [questionId]: answer });
	}

	#set(answers: Record<string, OwnAnswer>): void {
		this.answers = answers;
		saveOutbox(this.#joinCode, answers);
	}
}

function saved({ answerId, value }: MyAnswer): OwnAnswer {
	return { answerId, value, status: 'saved' };
}
