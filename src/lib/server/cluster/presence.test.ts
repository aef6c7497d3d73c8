/** Who is online across instances, in Redis: the union of all, and a killed instance lapses. */
import { afterEach, describe, expect, it } from 'vitest';
import { dropPrefix, TEST_REDIS_URL, testPrefix } from '../../../../tests/support/redis';
import { SharedPresence } from './presence';
import { connectShared, type Shared } from './redis';

const opened: Shared[] = [];
const prefix = testPrefix('presence');
afterEach(async () => {
	for (const shared of opened.splice(0)) await shared.close();
	await dropPrefix(prefix);
});

async function instance(now: () => number) {
	const shared = connectShared(TEST_REDIS_URL, prefix);
	opened.push(shared);
	expect(await shared.ready()).toBe(true);
	return { shared, presence: new SharedPresence(shared, 1000, now) };
}

describe('SharedPresence', () => {
	it('lists the participants of every instance, once each', async () => {
		const a = await instance(Date.now);
		const b = await instance(Date.now);
		await a.presence.add('s1', 'phone-1');
		await b.presence.add('s1', 'phone-2');
		await b.presence.add('s1', 'phone-1');
		await b.presence.add('s2', 'phone-3');
		expect([...(await a.presence.online('s1'))].sort()).toEqual(['phone-1', 'phone-2']);
		await b.presence.remove('s1', 'phone-1');
		await b.presence.remove('s1', 'phone-2');
		// phone-1 is still connected to A.
		expect([...(await b.presence.online('s1'))]).toEqual(['phone-1']);
		expect([...(await a.presence.online('s2'))]).toEqual(['phone-3']);
	});

	it("drops a killed instance's phones once their entries lapse, and keeps the living ones", async () => {
		let clock = 1_000_000;
		const now = () => clock;
		const living = await instance(now);
		const killed = await instance(now);
		await living.presence.add('s1', 'phone-1');
		await killed.presence.add('s1', 'phone-2');
		expect((await living.presence.online('s1')).size).toBe(2);
		// The killed instance renews nothing; the living one renews on its timer.
		clock += 1500;
		await living.presence.renew();
		expect([...(await living.presence.online('s1'))]).toEqual(['phone-1']);
	});

	it('leaves the lists at once on a clean stop', async () => {
		const a = await instance(Date.now);
		const b = await instance(Date.now);
		await a.presence.add('s1', 'phone-1');
		await b.presence.add('s1', 'phone-2');
		await b.presence.stop();
		expect([...(await a.presence.online('s1'))]).toEqual(['phone-1']);
	});

	it("falls back to this instance's own phones while Redis is unreachable", async () => {
		const shared = connectShared('redis://127.0.0.1:1', prefix);
		opened.push(shared);
		const presence = new SharedPresence(shared);
		await presence.add('s1', 'phone-1');
		expect([...(await presence.online('s1'))]).toEqual(['phone-1']);
		await presence.stop();
	});
});
