import { afterEach, describe, expect, it } from 'vitest';
import { loadDeckLibrary } from '../../src/lib/server/decks';
import { normaliseReentryCode } from '../../src/lib/server/course';
import { takeAwayFor } from '../../src/lib/server/takeaway';
import {
	asPresenter,
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	sync,
	type TestServer
} from '../support/live';

let server: TestServer;
let clock = Date.UTC(2026, 2, 1);

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

async function runSession(courseId: string, answers: [string, number, string?][]) {
	const created = await server.sessions.create(fixtureDeck(), 'group', courseId);
	const { id, joinCode } = created.session.record;
	const presenter = (
		await connect(server, { role: 'presenter', sessionId: id, presenterKey: created.presenterKey })
	).socket;
	await send(presenter, 'slide:next', {});
	await send(presenter, 'question:open', { questionId: 'smerte' });
	for (const [participantId, value] of answers) {
		const phone = (await connect(server, { role: 'participant', joinCode, participantId })).socket;
		expect(
			await send(phone, 'answer:submit', {
				answerId: `${id}-${participantId}`,
				questionId: 'smerte',
				value
			})
		).toMatchObject({ ok: true });
	}
	return { id, joinCode, presenter };
}

describe('a course', () => {
	it("shows each participant their previous answer and the presenter everyone's change and the group's", async () => {
		server = await startServer(undefined, () => clock);
		const course = await server.sessions.createCourse('Ryghold');
		const [a, b, c] = [newParticipantId(), newParticipantId(), newParticipantId()];
		await runSession(course.id, [
			[a, 8],
			[b, 6],
			[c, 4]
		]);
		clock += 7 * 86_400_000;
		const second = await runSession(course.id, [
			[a, 5],
			[b, 6]
		]);

		const phone = await connect(server, {
			role: 'participant',
			joinCode: second.joinCode,
			participantId: a
		});
		expect(phone.snapshot).toMatchObject({
			role: 'participant',
			previous: [{ questionId: 'smerte', value: 8 }],
			course: { name: 'Ryghold' }
		});

		const view = asPresenter(await sync(second.presenter));
		expect(view.session.course).toMatchObject({ name: 'Ryghold', sessionNumber: 2 });
		const change = view.presenter.changes.find((x) => x.questionId === 'smerte');
		expect(change).toMatchObject({ groupBefore: 6, groupNow: 5.5 });
		expect(change?.rows).toEqual(
			expect.arrayContaining([
				{ participantId: a, before: 8, now: 5 },
				{ participantId: b, before: 6, now: 6 },
				{ participantId: c, before: 4, now: null }
			])
		);
	});

	it('gives each participant one personal code that finds them again, and builds their take-away', async () => {
		server = await startServer();
		const course = await server.sessions.createCourse('Knæhold');
		const a = newParticipantId();
		await runSession(course.id, [[a, 7]]);
		const second = await runSession(course.id, [[a, 3]]);
		const snapshot = (
			await connect(server, { role: 'participant', joinCode: second.joinCode, participantId: a })
		).snapshot;
		const code = snapshot.role === 'participant' ? snapshot.reentryCode : '';
		expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(
			await server.sessions.store.findParticipantByCode(
				normaliseReentryCode(`${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`)
			)
		).toBe(a);

		const takeAway = await takeAwayFor(
			a,
			server.sessions,
			loadDeckLibrary('sessions', () => undefined)
		);
		expect(takeAway.reentryCode).toBe(code);
		expect(takeAway.sessions).toHaveLength(2);
		expect(takeAway.sessions[0]).toMatchObject({
			course: 'Knæhold',
			changes: [{ before: 7, now: 3 }],
			safety: [{ html: expect.stringContaining('vagtlægen'), redFlag: false }]
		});
		expect(takeAway.sessions[0]!.answers).toEqual([
			{ question: { text: 'Hvor ondt gør det?', type: 'scale', options: [] }, value: 3 }
		]);
		expect(takeAway.sessions[0]!.keyPoints.length).toBeGreaterThan(0);
	});

	it("deletes a participant's code once all their sessions are gone", async () => {
		server = await startServer();
		const course = await server.sessions.createCourse('Kort');
		const a = newParticipantId();
		const only = await runSession(course.id, [[a, 2]]);
		const snapshot = (
			await connect(server, { role: 'participant', joinCode: only.joinCode, participantId: a })
		).snapshot;
		const code = snapshot.role === 'participant' ? snapshot.reentryCode : '';
		expect(await server.sessions.store.findParticipantByCode(code)).toBe(a);
		await server.sessions.deleteSession(only.id);
		expect(await server.sessions.store.findParticipantByCode(code)).toBeUndefined();
	});
});
