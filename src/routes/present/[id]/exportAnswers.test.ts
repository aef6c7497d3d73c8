import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n/i18n.svelte';
import { answerFetch } from '../../../../tests/support/browser';
import { exportAnswers } from './exportAnswers';

/** The bits of the page a download touches: a link that is added, clicked and removed. */
function fakePage() {
	const clicked: { href: string; download: string }[] = [];
	const link = { href: '', download: '', click: () => clicked.push({ ...link }), remove() {} };
	vi.stubGlobal('document', { createElement: () => link, body: { append() {} } });
	return clicked;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('exportAnswers', () => {
	it('downloads the file under the name the server gives, sending the key in a header', async () => {
		const clicked = fakePage();
		const fetch = answerFetch(
			new Response('a;b\n', {
				headers: { 'content-disposition': 'attachment; filename="forsta-123456.csv"' }
			})
		);
		expect(await exportAnswers('sess1234', 'key-abc', 'csv')).toBeNull();
		const [url, init] = fetch.mock.calls[0]!;
		expect(url).toBe('/api/sessions/sess1234/export');
		expect(init?.headers).toEqual({ authorization: 'Bearer key-abc' });
		expect(clicked).toHaveLength(1);
		expect(clicked[0]!.download).toBe('forsta-123456.csv');
		expect(clicked[0]!.href).toMatch(/^blob:/);
	});

	it('asks for JSON when told to', async () => {
		fakePage();
		const fetch = answerFetch(Response.json({}));
		expect(await exportAnswers('sess1234', 'key-abc', 'json')).toBeNull();
		expect(fetch.mock.calls[0]![0]).toBe('/api/sessions/sess1234/export?format=json');
	});

	it('returns the message to show when the server refuses', async () => {
		const clicked = fakePage();
		vi.stubGlobal(
			'fetch',
			vi
				.fn<typeof globalThis.fetch>()
				.mockResolvedValue(new Response('', { status: 403, statusText: 'Forbidden' }))
		);
		expect(await exportAnswers('sess1234', 'wrong', 'csv')).toBe(
			t('export.failed', { message: 'Forbidden' })
		);
		expect(clicked).toHaveLength(0);
	});

	it('returns the message when the network fails', async () => {
		fakePage();
		vi.stubGlobal(
			'fetch',
			vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('offline'))
		);
		expect(await exportAnswers('sess1234', 'key-abc', 'csv')).toBe(
			t('export.failed', { message: 'offline' })
		);
	});
});
