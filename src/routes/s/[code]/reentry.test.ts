import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFetch } from '../../../../tests/support/browser';
import { participantForCode } from './reentry';

const id = 'a'.repeat(32);

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('participantForCode', () => {
	it('asks the server for the code and returns the participant it belongs to', async () => {
		const fetch = answerFetch(Response.json({ participantId: id }));
		expect(await participantForCode('ABCD-2345')).toBe(id);
		const [url, init] = fetch.mock.calls[0]!;
		expect(url).toBe('/api/reentry');
		expect(init).toMatchObject({ method: 'POST', body: JSON.stringify({ code: 'ABCD-2345' }) });
	});

	it('returns null for a code the server does not know', async () => {
		answerFetch(new Response('no participant with that code', { status: 404 }));
		expect(await participantForCode('ABCD-2345')).toBeNull();
	});

	it('returns null when the answer is not a participant id', async () => {
		for (const body of ['<html>proxy error</html>', JSON.stringify({ participantId: '../x' })]) {
			answerFetch(new Response(body, { status: 200 }));
			expect(await participantForCode('ABCD-2345')).toBeNull();
		}
	});
});
