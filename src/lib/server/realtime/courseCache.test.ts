/** A session of a course reads the course's other sessions once, and again after they change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDeck } from '../../../../tests/support/live';
import { join } from '../sessions/answers';
import { SessionService } from '../sessions/service';
import { createSqliteStore } from '../store/sqlite/store';
import { createCourseCache } from './courseCache';

const stores: { close(): Promise<void> }[] = [];
afterEach(async () => {
	for (const store of stores.splice(0)) await store.close();
});

async function courseOfTwo() {
	const store = createSqliteStore(':memory:');
	stores.push(store);
	let clock = 1_000_000;
	const sessions = new SessionService(store, () => (clock += 1000));
	const course = await sessions.createCourse('Rygskole');
	const first = (await sessions.create(fixtureDeck(), 'group', course.id)).session;
	const second = (await sessions.create(fixtureDeck(), 'group', course.id)).session;
	return { sessions, store, first, second };
}

describe('the course cache', () => {
	it('reads the course once for many publishes, and again after an earlier session changed', async () => {
		const { sessions, store, first, second } = await courseOfTwo();
		const cache = createCourseCache(sessions);
		const reads = vi.spyOn(store, 'listCourseSessions');
		expect(await cache.info(second)).toMatchObject({ name: 'Rygskole', sessionNumber: 2 });
		await cache.before(second);
		await cache.info(second);
		const once = reads.mock.calls.length;
		expect(once).toBeGreaterThan(0);
		await join(sessions, second, 'p-own', 'Inger');
		await cache.before(second);
		expect(reads.mock.calls.length).toBe(once);
		await join(sessions, first, 'p-earlier', 'Bjørn');
		await cache.before(second);
		expect(reads.mock.calls.length).toBeGreaterThan(once);
	});

	it('reads nothing for a session outside a course', async () => {
		const { sessions, store } = await courseOfTwo();
		const { session } = await sessions.create(fixtureDeck());
		const cache = createCourseCache(sessions);
		const reads = vi.spyOn(store, 'getCourse');
		expect(await cache.info(session)).toBeNull();
		expect((await cache.before(session)).size).toBe(0);
		expect(reads).not.toHaveBeenCalled();
	});
});
