/**
 * Answers waiting for the server's acknowledgement, kept on the phone. Each keeps the id it was
 * first sent with, so sending it again after a reload can never store it twice.
 */
import { ACTIVITY_MAX, OPEN_TEXT_MAX, type AnswerValue } from '$lib/questions/values';

/** The phone's own answer to one question, and how far the server has got with it. */
export type OwnAnswer = {
	answerId: string;
	value: AnswerValue;
	status: 'saving' | 'saved' | 'failed';
	message?: string;
};

const smallInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 100;
const smallInts = (v: unknown) =>
	Array.isArray(v) && v.length <= 20 && v.every((n) => n === null || smallInt(n));

/**
 * The answer shapes the server's schema accepts (protocol/commands.ts `answerValueSchema`), checked
 * by hand: the phone keeps zod out of its page, and the server checks again whatever is sent.
 */
export function isAnswerValue(v: unknown): v is AnswerValue {
	if (smallInt(v) || smallInts(v) || v === 'myth' || v === 'fact') return true;
	if (typeof v === 'string') return v.length <= OPEN_TEXT_MAX * 2;
	if (typeof v !== 'object' || v === null) return false;
	const { activity, rating, ...rest } = v as Record<string, unknown>;
	return (
		Object.keys(rest).length === 0 &&
		typeof activity === 'string' &&
		activity.length <= ACTIVITY_MAX * 2 &&
		smallInt(rating)
	);
}

function waiting(answer: unknown): OwnAnswer | null {
	if (typeof answer !== 'object' || answer === null) return null;
	const { answerId, value, status } = answer as Record<string, unknown>;
	if (typeof answerId !== 'string' || answerId.length === 0 || status !== 'saving') return null;
	return isAnswerValue(value) ? { answerId, value, status } : null;
}

const key = (joinCode: string) => `forsta:outbox:${joinCode}`;

/** What was left waiting; anything else in storage (older formats, edits by hand) is dropped. */
export function loadOutbox(joinCode: string): Record<string, OwnAnswer> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(key(joinCode)) ?? '{}');
		if (typeof stored !== 'object' || stored === null) return {};
		return Object.fromEntries(
			Object.entries(stored).flatMap(([questionId, answer]) => {
				const kept = waiting(answer);
				return kept ? [[questionId, kept]] : [];
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
