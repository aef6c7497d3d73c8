/**
 * Before the reveal an answer changes nothing a phone shows, so a phone that did not answer is
 * sent nothing at all while the others answer; the console sees every answer at once.
 */
import { afterEach, expect, it } from 'vitest';
import { GROUP_THRESHOLD } from '../../src/lib/questions/aggregate';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	sync,
	waitFor,
	type Client,
	type TestServer
} from '../support/live';

let server: TestServer;
afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

/** Every event a client receives, with its payload. */
function record(socket: Client) {
	const seen: { event: string; payload: unknown }[] = [];
	socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
	return seen;
}

it('sends a phone that did not answer nothing before the reveal, and the result after it', async () => {
	server = await startServer();
	const { session, presenterKey } = await server.sessions.create(fixtureDeck());
	const sessionId = session.record.id;
	const joinCode = session.record.joinCode;
	const presenter = (await connect(server, { role: 'presenter', sessionId, presenterKey })).socket;
	const phone = () =>
		connect(server, { role: 'participant', joinCode, participantId: newParticipantId() });
	const answering = await Promise.all(Array.from({ length: GROUP_THRESHOLD }, phone));
	const silent = (await phone()).socket;
	expect(await send(presenter, 'slide:next', {})).toMatchObject({ ok: true });
	expect(await send(presenter, 'question:open', { questionId: 'smerte' })).toMatchObject({
		ok: true
	});
	// Whatever the open sent has arrived by the end of a round trip; from here on, nothing more.
	await sync(silent);
	const seen = record(silent);

	for (const [i, { socket }] of answering.entries()) {
		const counted = waitFor(
			presenter,
			'presenter:state',
			(s) => s.questions.find((q) => q.id === 'smerte')?.count === i + 1
		);
		const ack = await send(socket, 'answer:submit', {
			questionId: 'smerte',
			answerId: `answer-${i}-${Date.now()}`,
			value: 4 + i
		});
		expect(ack).toMatchObject({ ok: true });
		await counted;
	}
	// Anything sent to the silent phone with the console's updates has arrived by now.
	await sync(silent);
	expect(seen).toEqual([]);

	const results = [silent, answering[0]!.socket].map((s) =>
		waitFor(s, 'session:state', (state) => state.question?.phase === 'revealed')
	);
	expect(await send(presenter, 'question:reveal', { questionId: 'smerte' })).toMatchObject({
		ok: true
	});
	const [quiet, answered] = await Promise.all(results);
	expect(quiet!.results).toMatchObject({ questionId: 'smerte', total: GROUP_THRESHOLD });
	expect(answered!.results).toEqual(quiet!.results);
	expect(seen.map((s) => s.event)).toEqual(['session:state']);
});
