/**
 * Answers waiting for the server's acknowledgement, kept on the phone. Each keeps the id it was
 * first sent with, so sending it again after a reload can never store it twice.
 */
import { z } from 'zod';
import { answerValueSchema, type AnswerValue } from '$lib/protocol';

/** The phone's own answer to one question, and how far the server has got with it. */
export type OwnAnswer = {
	answerId: string;
	value: AnswerValue;
	status: 'saving' | 'saved' | 'failed';
	message?: string;
};

const waitingSchema = z.object({
	answerId: z.string().min(1),
	value: answerValueSchema,
	status: z.literal('saving')
});

const key = (joinCode: string) => `forsta:outbox:${joinCode}`;

/** What was left waiting; anything else in storage (older formats, edits by hand) is dropped. */
export function loadOutbox(joinCode: string): Record<string, OwnAnswer> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(key(joinCode)) ?? '{}');
		if (typeof stored !== 'object' || stored === null) return {};
		return Object.fromEntries(
			Object.entries(stored).flatMap(([questionId, answer]) => {
				const waiting = waitingSchema.safeParse(answer);
				return waiting.success ? [[questionId, waiting.data]] : [];
			})
		);
	} catch {
		return {};
	}
}

export function saveOutbox(joinCode: string, answers: Record<string, OwnAnswer>): void {
	const waiting = Object.fromEntries(
		Object.entries(answers).filter(([, a]) => a.status === 'saving')
	);
	try {
		if (Object.keys(waiting).length === 0) localStorage.removeItem(key(joinCode));
		else localStorage.setItem(key(joinCode), JSON.stringify(waiting));
	} catch {
		/* storage unavailable: the answers still wait in memory */
	}
}
