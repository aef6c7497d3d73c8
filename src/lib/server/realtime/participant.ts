/** Participant commands. An answer is acknowledged only after the store has committed it. */
import { forgetParticipant, join, submitAnswer } from '../sessions/answers';
import type { SessionService } from '../sessions/service';
import type { Commands } from './guard';
import type { Publisher } from './publish';
import { rooms, type LiveSocket } from './types';

export function registerParticipant(
	commands: Commands,
	socket: LiveSocket,
	{ sessions, publisher }: { sessions: SessionService; publisher: Publisher }
): void {
	const { sessionId } = socket.data;
	const participantId = socket.data.participantId ?? '';

	commands.on('answer:submit', async (session, submit) => {
		const outcome = await submitAnswer(sessions, session, participantId, submit);
		if (!outcome.ok) return outcome;
		const { questionId, answerId, value } = outcome.answer;
		const answer = { questionId, answerId, value };
		if (!outcome.duplicate) {
			socket.to(rooms.participant(sessionId, participantId)).emit('answer:stored', answer);
			// An answer changes only the presenter's counts until the reveal; a burst of answers
			// from the whole room becomes one update.
			publisher.publishSoon(session);
		}
		return { ok: true, answer };
	});

	commands.on('participant:forget', async (session) => {
		await forgetParticipant(sessions, session, participantId);
		await publisher.publish(session);
		return { ok: true };
	});

	commands.on('participant:rename', async (session, { nickname }) => {
		await join(sessions, session, participantId, nickname);
		await publisher.publish(session);
		return { ok: true };
	});
}
