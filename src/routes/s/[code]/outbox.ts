/**
 * Answers waiting for the server's acknowledgement, kept on the phone. Each keeps the id it was
 * first sent with, so sending it again after a reload can never store it twice.
 */
import type { AnswerValue } from '$lib/protocol';

type Pending = {
	answerId: string;
	value: AnswerValue;
	status: 'saving' | 'saved' | 'failed';
	message?: string;
};

const key = (joinCode: string) => `forsta:outbox:${joinCode}`;

export function loadOutbox(joinCode: string): Record<string, Pending> {
	try {
		const stored = JSON.parse(localStorage.getItem(key(joinCode)) ?? '{}') as Record<
			string,
			Pending
		>;
		return Object.fromEntries(Object.entries(stored).filter(([, a]) => a.status === 'saving'));
	} catch {
		return {};
	}
}

export function saveOutbox(joinCode: string, answers: Record<string, Pending>): void {
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
