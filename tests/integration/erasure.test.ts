/**
 * Deleted means gone: after each kind of deletion, the text of a personal goal is nowhere in the
 * database's files, neither in free pages nor in the write-ahead log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	send,
	startServer,
	type TestServer
} from '../support/live';

const DAY = 86_400_000;
let clock = Date.UTC(2026, 0, 1);
let server: TestServer;

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

/** Bytes of the marker in every file of the data folder (database, WAL, shared memory). */
function bytesFound(dir: string, marker: string): number {
	const needle = Buffer.from(marker, 'utf8');
	let total = 0;
	for (const name of readdirSync(dir)) {
		const data = readFileSync(join(dir, name));
		for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1))
			total += needle.length;
	}
	return total;
}

async function sessionWithGoal(marker: string, course?: string) {
	const courseId = course ? (await server.sessions.createCourse(course)).id : null;
	const created = await server.sessions.create(fixtureDeck(), 'group', courseId);
	const { id, joinCode } = created.session.record;
	const presenter = (
		await connect(server, { role: 'presenter', sessionId: id, presenterKey: created.presenterKey })
	).socket;
	await send(presenter, 'slide:next', {});
	await send(presenter, 'slide:next', {});
	expect(await send(presenter, 'question:open', { questionId: 'maal' })).toMatchObject({
		ok: true
	});
	const phone = (
		await connect(server, { role: 'participant', joinCode, participantId: newParticipantId() })
	).socket;
	// A goal rewritten once: the first version must go as well.
	for (const [n, text] of [`${marker} udkast`, `${marker} endelig`].entries())
		expect(
			await send(phone, 'answer:submit', {
				answerId: `goal-${n}-${marker}`,
				questionId: 'maal',
				value: text
			})
		).toMatchObject({ ok: true });
	expect(bytesFound(server.dir, marker)).toBeGreaterThan(0);
	return { id, phone };
}

describe('a deleted goal', () => {
	it('is gone from the files after retention', async () => {
		server = await startServer(undefined, () => clock);
		const marker = 'GOAL-RETENTION-7f3a9c';
		await sessionWithGoal(marker, 'Rygskole forår');
		clock += 91 * DAY;
		expect(await server.sessions.deleteExpired(90)).toBe(1);
		const bytes = bytesFound(server.dir, marker);
		console.log(`deleted goal bytes in database files: retention ${bytes}`);
		expect(bytes).toBe(0);
		// The course left without sessions goes too.
		expect(await server.sessions.store.listCourses()).toEqual([]);
	});

	it("is gone from the files after the presenter's delete", async () => {
		server = await startServer();
		const marker = 'GOAL-PRESENTER-2b8e41';
		const { id } = await sessionWithGoal(marker);
		expect(await server.sessions.deleteSession(id)).toBe(true);
		const bytes = bytesFound(server.dir, marker);
		console.log(`deleted goal bytes in database files: presenter delete ${bytes}`);
		expect(bytes).toBe(0);
	});

	it("is gone from the files after the participant's own delete", async () => {
		server = await startServer();
		const marker = 'GOAL-SELF-d41c07';
		const { phone } = await sessionWithGoal(marker);
		expect(await send(phone, 'participant:forget', {})).toMatchObject({ ok: true });
		const bytes = bytesFound(server.dir, marker);
		console.log(`deleted goal bytes in database files: self-delete ${bytes}`);
		expect(bytes).toBe(0);
	});
});
