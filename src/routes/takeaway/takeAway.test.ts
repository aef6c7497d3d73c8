import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedParticipantId } from '$lib/phoneIdentity';
import { answerFetch, useMemoryStorage } from '../../../tests/support/browser';
import { fetchTakeAway } from './takeAway';

const id = 'c'.repeat(32);
const takeAway = { reentryCode: 'ABCD2345', sessions: [] };

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('fetchTakeAway', () => {
	it('opens with a personal code and makes this phone that participant', async () => {
		useMemoryStorage();
		const fetch = answerFetch(Response.json({ participantId: id, ...takeAway }));
		expect(await fetchTakeAway({ code: 'ABCD-2345' })).toEqual(takeAway);
		expect(fetch.mock.calls[0]![1]?.body).toBe(JSON.stringify({ code: 'ABCD-2345' }));
		expect(storedParticipantId()).toBe(id);
	});

	it('returns null and changes nothing when the server has no take-away', async () => {
		useMemoryStorage();
		answerFetch(new Response('nothing stored for this phone', { status: 404 }));
		expect(await fetchTakeAway({ participantId: id })).toBeNull();
		expect(storedParticipantId()).toBeNull();
	});

	it('keeps no id that is not a participant id', async () => {
		useMemoryStorage();
		answerFetch(Response.json({ participantId: '<script>', ...takeAway }));
		expect(await fetchTakeAway({ code: 'ABCD-2345' })).toEqual(takeAway);
		expect(storedParticipantId()).toBeNull();
	});
});
