/** Participant commands. An answer is acknowledged only after the store has committed it. */
import { ackError, participantCommands } from '../../protocol';
import type { SessionService } from '../sessions';
import { command } from './guard';
import type { Publisher } from './publish';
import { rooms, type LiveSocket } from './types';

export function registerParticipant(
	socket: LiveSocket,
	sessions: SessionService,
	publisher: Publisher
): void {
	const { sessionId } = socket.data;
	const participantId = socket.data.participantId ?? '';

	command(socket, 'answer:submit', participantCommands['answer:submit'], async (submit) => {
		const session = await sessions.get(sessionId);
		if (!session) return ackError('not_found', 'the session no longer exists');
		const outcome = await sessions.submitAnswer(session, participantId, submit);
		if (!outcome.ok) return outcome;
		const answer = {
			questionId: outcome.answer.questionId,
			answerId: outcome.answer.answerId,
			value: outcome.answer.value
		};
		if (!outcome.duplicate) {
			socket.to(rooms.participant(sessionId, participantId)).emit('answer:stored', answer);
			// An answer changes only the presenter's counts until the reveal; a burst of answers
			// from the whole room becomes one update.
			publisher.publishSoon(session);
		}
		return { ok: true, answer };
	});

	command(socket, 'participant:forget', participantCommands['participant:forget'], async () => {
		const session = await sessions.get(sessionId);
		if (!session) return ackError('not_found', 'the session no longer exists');
		await sessions.forgetParticipant(session, participantId);
		await publisher.publish(session);
		return { ok: true };
	});

	command(
		socket,
		'participant:rename',
		participantCommands['participant:rename'],
		async ({ nickname }) => {
			const session = await sessions.get(sessionId);
			if (!session) return ackError('not_found', 'the session no longer exists');
			await sessions.join(session, participantId, nickname);
			await publisher.publish(session);
			return { ok: true };
		}
	);
}
