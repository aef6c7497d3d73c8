import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKeys } from '$lib/presenterKeys';
import { answerFetch, useMemoryStorage } from '../../tests/support/browser';
import { courseFields, startSession } from './startSession';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('courseFields', () => {
	it('sends nothing for a single session, the id to continue a course, the name for a new one', () => {
		expect(courseFields('', 'ignored')).toEqual({});
		expect(courseFields('course-1', '')).toEqual({ courseId: 'course-1' });
		expect(courseFields('new', '  Ryghold forår ')).toEqual({ courseName: 'Ryghold forår' });
	});

	it('starts a single session when a new course has no name', () => {
		expect(courseFields('new', '   ')).toEqual({});
	});
});

describe('startSession', () => {
	it('starts the deck in the chosen form and keeps the keys in this browser only', async () => {
		useMemoryStorage();
		const fetch = answerFetch(
			Response.json(
				{ sessionId: 'sess1234', joinCode: '123456', presenterKey: 'pk', screenKey: 'sk' },
				{ status: 201 }
			)
		);
		expect(await startSession('laenderyg-full', 'video', { courseName: 'Hold 1' })).toBe(
			'sess1234'
		);
		expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toEqual({
			deckId: 'laenderyg-full',
			mode: 'video',
			courseName: 'Hold 1'
		});
		expect(loadKeys('sess1234')).toEqual({ presenterKey: 'pk', screenKey: 'sk' });
	});

	it("fails with the server's reason, or its status when it gives none", async () => {
		useMemoryStorage();
		answerFetch(Response.json({ message: 'too many sessions started' }, { status: 429 }));
		await expect(startSession('x', 'group', {})).rejects.toThrow('too many sessions started');
		answerFetch(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }));
		await expect(startSession('x', 'group', {})).rejects.toThrow('Bad Gateway');
	});

	it('keeps nothing when the answer is not a started session', async () => {
		const items = useMemoryStorage();
		answerFetch(Response.json({ sessionId: 'sess1234' }, { status: 201 }));
		await expect(startSession('x', 'group', {})).rejects.toThrow();
		expect(items.size).toBe(0);
	});
});
