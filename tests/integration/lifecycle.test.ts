import { afterEach, describe, expect, it } from 'vitest';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	sync,
	asPresenter,
	waitFor,
	type TestServer
} from '../support/live';

const DAY = 86_400_000;
let server: TestServer;
let clock = Date.UTC(2026, 0, 1);

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

async function boot() {
	server = await startServer(undefined, () => clock);
	return server;
}

async function sessionWithAnswer(mode: 'group' | 'individual' | 'video' = 'group') {
	const created = await server.sessions.create(fixtureDeck(), mode);
	const { id, joinCode } = created.session.record;
	const presenter = (
		await connect(server, { role: 'presenter', sessionId: id, presenterKey: created.presenterKey })
	).socket;
	await send(presenter, 'slide:next', {});
	await send(presenter, 'question:open', { questionId: 'smerte' });
	const participantId = newParticipantId();
	const phone = (await connect(server, { role: 'participant', joinCode, participantId })).socket;
	expect(
		await send(phone, 'answer:submit', {
			answerId: `a-${participantId}`,
			questionId: 'smerte',
			value: 6
		})
	).toMatchObject({ ok: true });
	return { ...created, id, joinCode, presenter, phone, participantId };
}

describe('retention', () => {
	it('deletes sessions older than the retention period with their answers, and nothing younger', async () => {
		await boot();
		clock = Date.UTC(2026, 0, 1);
		const old = await sessionWithAnswer();
		clock += 60 * DAY;
		const younger = await sessionWithAnswer();
		clock += 31 * DAY; // the first is 91 days old, the second 31

		expect(await server.sessions.deleteExpired(90)).toBe(1);
		expect(await server.sessions.store.getSession(old.id)).toBeUndefined();
		expect(await server.sessions.store.listAnswers(old.id)).toEqual([]);
		expect(await server.sessions.store.listParticipants(old.id)).toEqual([]);
		expect(await server.sessions.store.getSession(younger.id)).toBeDefined();
		expect(await server.sessions.store.listAnswers(younger.id)).toHaveLength(1);

		clock += 59 * DAY; // 90 days exactly: kept until it is older than that
		expect(await server.sessions.deleteExpired(90)).toBe(0);
		clock += 1;
		expect(await server.sessions.deleteExpired(90)).toBe(1);
		expect(await server.sessions.store.listSessions()).toEqual([]);
	});

	it('deletes a session that never left the lobby after a day, and keeps one that started', async () => {
		await boot();
		const idle = await server.sessions.create(fixtureDeck());
		const used = await sessionWithAnswer();
		clock += DAY;
		expect(await server.sessions.deleteExpired(90)).toBe(0);
		clock += 1;
		expect(await server.sessions.deleteExpired(90)).toBe(1);
		expect(await server.sessions.store.getSession(idle.session.record.id)).toBeUndefined();
		expect(await server.sessions.store.listAnswers(used.id)).toHaveLength(1);
	});

	it('closes the connections of a deleted session, and its code then finds nothing', async () => {
		await boot();
		const session = await sessionWithAnswer();
		const gone = new Promise<string>((resolve) => session.phone.once('disconnect', resolve));
		expect(await server.sessions.deleteSession(session.id)).toBe(true);
		expect(await gone).toBe('io server disconnect');
		await expect(
			connect(server, {
				role: 'participant',
				joinCode: session.joinCode,
				participantId: newParticipantId()
			})
		).rejects.toThrow('no session with that code');
	});
});

describe('a participant deleting their own answers', () => {
	it("removes their answers and their place, and the presenter's counts follow", async () => {
		await boot();
		const session = await sessionWithAnswer();
		await send(session.phone, 'participant:rename', { nickname: 'Inger' });
		const other = (
			await connect(server, {
				role: 'participant',
				joinCode: session.joinCode,
				participantId: newParticipantId()
			})
		).socket;
		await send(other, 'answer:submit', {
			answerId: 'other-answer-1',
			questionId: 'smerte',
			value: 2
		});

		const updated = waitFor(
			session.presenter,
			'presenter:state',
			(s) => s.questions.find((q) => q.id === 'smerte')?.count === 1
		);
		expect(await send(session.phone, 'participant:forget', {})).toMatchObject({ ok: true });
		const view = await updated;
		expect(view.responses.map((r) => r.participantId)).not.toContain(session.participantId);
		expect(view.participants.map((p) => p.id)).not.toContain(session.participantId);
		expect((await server.sessions.store.listAnswers(session.id)).map((a) => a.value)).toEqual([2]);
		const mine = await sync(session.phone);
		expect(mine.role === 'participant' ? mine.answers : null).toEqual([]);
	});
});

describe('modes', () => {
	it('shows one patient their results at once, where a group waits for three', async () => {
		await boot();
		const individual = await sessionWithAnswer('individual');
		const shown = waitFor(
			individual.phone,
			'session:state',
			(s) => s.question?.phase === 'revealed'
		);
		await send(individual.presenter, 'question:reveal', { questionId: 'smerte' });
		expect((await shown).results).toMatchObject({ type: 'scale', total: 1, median: 6 });
		expect((await shown).mode).toBe('individual');

		const group = await sessionWithAnswer('group');
		const withheld = waitFor(group.phone, 'session:state', (s) => s.question?.phase === 'revealed');
		await send(group.presenter, 'question:reveal', { questionId: 'smerte' });
		expect((await withheld).results).toMatchObject({ type: 'withheld', total: 1, needed: 3 });
	});

	it('shows one patient their own result as soon as they answer, without a reveal; never a group', async () => {
		await boot();
		const created = await server.sessions.create(fixtureDeck(), 'individual');
		const { id, joinCode } = created.session.record;
		const presenter = (
			await connect(server, {
				role: 'presenter',
				sessionId: id,
				presenterKey: created.presenterKey
			})
		).socket;
		await send(presenter, 'slide:next', {});
		await send(presenter, 'question:open', { questionId: 'smerte' });
		const participantId = newParticipantId();
		const phone = (await connect(server, { role: 'participant', joinCode, participantId })).socket;
		const result = waitFor(phone, 'session:state', (s) => s.results !== null);
		await send(phone, 'answer:submit', {
			answerId: `a-${participantId}`,
			questionId: 'smerte',
			value: 4
		});
		const state = await result;
		expect(state.question?.phase).toBe('open');
		expect(state.results).toMatchObject({ type: 'scale', total: 1, median: 4 });

		// In a group an answer alone shows the room nothing before the reveal.
		const group = await sessionWithAnswer('group');
		const snapshot = await sync(group.phone);
		expect(snapshot.state.question?.phase).toBe('open');
		expect(snapshot.state.results).toBeNull();
	});

	it('lets the presenter change the mode during the session, and every phone learns it', async () => {
		await boot();
		const session = await sessionWithAnswer('group');
		const changed = waitFor(session.phone, 'session:state', (s) => s.mode === 'video');
		expect(await send(session.presenter, 'session:mode', { mode: 'video' })).toMatchObject({
			ok: true
		});
		await changed;
		expect(asPresenter(await sync(session.presenter)).state.mode).toBe('video');
		expect(await send(session.phone, 'session:mode', { mode: 'group' })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await send(session.presenter, 'session:mode', { mode: 'lecture' })).toMatchObject({
			ok: false,
			error: { code: 'bad_request' }
		});
	});
});
