import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	asPresenter,
	connect,
	newParticipantId,
	removeDir,
	send,
	type Client
} from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-restart-'));
const running: ServerProcess[] = [];
const sockets: Client[] = [];

afterAll(async () => {
	for (const s of sockets) s.disconnect();
	for (const server of running) await stopServerProcess(server, 'SIGKILL');
	removeDir(dataDir);
});

async function boot() {
	const server = await startServerProcess(dataDir);
	running.push(server);
	return server;
}

describe('a server restart', () => {
	it('keeps the session and every acknowledged answer, also after kill -9', async () => {
		const first = await boot();
		const response = await fetch(`${first.url}/api/sessions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ deckId: 'laenderyg-full' })
		});
		expect(response.status).toBe(201);
		const { sessionId, joinCode, presenterKey } = (await response.json()) as Record<string, string>;

		const presenter = await connect(
			{ url: first.url, clients: sockets },
			{ role: 'presenter', sessionId: sessionId!, presenterKey: presenterKey! }
		);
		const slides = asPresenter(presenter.snapshot).slides;
		const questionId = slides[0]!.questionIds[0]!;
		expect(await send(presenter.socket, 'slide:next', {})).toMatchObject({ ok: true });
		expect(await send(presenter.socket, 'question:open', { questionId })).toMatchObject({
			ok: true
		});

		const people = [newParticipantId(), newParticipantId(), newParticipantId()];
		for (const [i, participantId] of people.entries()) {
			const phone = await connect(
				{ url: first.url, clients: sockets },
				{ role: 'participant', joinCode: joinCode!, participantId }
			);
			const ack = await send(phone.socket, 'answer:submit', {
				answerId: `restart-${i}-answer`,
				questionId,
				value: i + 2
			});
			expect(ack).toMatchObject({ ok: true });
		}

		// No graceful shutdown: the acknowledged answers must already be on disk.
		expect(await stopServerProcess(first, 'SIGKILL')).toBeNull();

		const second = await boot();
		const again = await connect(
			{ url: second.url, clients: sockets },
			{ role: 'presenter', sessionId: sessionId!, presenterKey: presenterKey! }
		);
		expect(again.snapshot.state).toMatchObject({
			phase: 'live',
			slideIndex: 0,
			question: { id: questionId, phase: 'open' }
		});
		const view = asPresenter(again.snapshot).presenter;
		expect(view.questions.find((q) => q.id === questionId)?.count).toBe(3);
		expect(view.participants).toHaveLength(3);

		const phone = await connect(
			{ url: second.url, clients: sockets },
			{ role: 'participant', joinCode: joinCode!, participantId: people[1]! }
		);
		expect(phone.snapshot).toMatchObject({
			answers: [{ questionId, answerId: 'restart-1-answer', value: 3 }]
		});

		expect(await stopServerProcess(second, 'SIGTERM')).toBe(0);
	});
});
