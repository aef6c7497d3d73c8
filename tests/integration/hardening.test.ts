/**
 * The smaller holes of a server on the internet: foreign Host names (DNS rebinding), caching and
 * browser permissions, control characters in names, a socket handle left on `window`, and a
 * damaged database at start-up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, newParticipantId, removeDir, send, type Client } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';
import { requestFrom } from '../support/proxy';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-hardening-'));
let server: ServerProcess;
let live: { sessionId: string; joinCode: string; presenterKey: string };
const clients: Client[] = [];
const tracked = { url: '', clients };

beforeAll(async () => {
	server = await startServerProcess(dataDir);
	tracked.url = server.url;
	const created = await fetch(`${server.url}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ deckId: 'laenderyg-pixi' })
	});
	live = (await created.json()) as typeof live;
});
afterAll(async () => {
	for (const client of clients) client.disconnect();
	await stopServerProcess(server, 'SIGTERM');
	removeDir(dataDir);
});

async function withBrowser(use: (browser: Browser) => Promise<void>): Promise<void> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		await use(browser);
	} finally {
		await browser.close();
	}
}

describe('Host names', () => {
	it('answers pages and websockets only for known names', async () => {
		const page = (host: string) =>
			requestFrom('127.0.0.1', `${server.url}/sessions`, { headers: { host } });
		expect((await page('evil.example')).status).toBe(421);
		expect((await page(new URL(server.url).host)).status).toBe(200);
		expect((await page(`localhost:${new URL(server.url).port}`)).status).toBe(200);
		const participant = () => ({
			role: 'participant' as const,
			joinCode: live.joinCode,
			participantId: newParticipantId()
		});
		await expect(connect(tracked, participant(), { host: 'evil.example' })).rejects.toThrow();
		expect((await connect(tracked, participant(), { host: 'localhost' })).snapshot.role).toBe(
			'participant'
		);
	});
});

describe('response headers', () => {
	it('deny browser features everywhere and keep codes and answers out of caches', async () => {
		for (const path of ['/', '/favicon.svg', `/s/${live.joinCode}`]) {
			const policy = (await fetch(`${server.url}${path}`)).headers.get('permissions-policy');
			expect(policy, path).toContain('camera=()');
			expect(policy, path).toContain('microphone=()');
		}
		for (const path of [
			`/s/${live.joinCode}`,
			`/s/${live.joinCode}/__data.json`,
			`/present/${live.sessionId}`,
			`/screen/${live.sessionId}`,
			'/sessions',
			'/takeaway'
		]) {
			const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
			expect(response.headers.get('cache-control'), path).toContain('no-store');
		}
	});
});

describe('nicknames', () => {
	it('lose control and format characters on every path, and the export shows them clean', async () => {
		const presenter = await connect(tracked, {
			role: 'presenter',
			sessionId: live.sessionId,
			presenterKey: live.presenterKey
		});
		expect(presenter.snapshot.role).toBe('presenter');
		await connect(tracked, {
			role: 'participant',
			joinCode: live.joinCode,
			participantId: newParticipantId(),
			nickname: 'Inger\u202e\u0007\u200bLise\r\n'
		});
		const renamed = await connect(tracked, {
			role: 'participant',
			joinCode: live.joinCode,
			participantId: newParticipantId()
		});
		expect(
			await send(renamed.socket, 'participant:rename', { nickname: '\u2066Bo\u2069\u0000' })
		).toMatchObject({ ok: true });
		const json = await fetch(`${server.url}/api/sessions/${live.sessionId}/export?format=json`, {
			headers: { authorization: `Bearer ${live.presenterKey}` }
		}).then((r) => r.json() as Promise<{ participants: { label: string }[] }>);
		const labels = json.participants.map((p) => p.label);
		expect(labels).toEqual(expect.arrayContaining(['IngerLise', 'Bo']));
		for (const label of labels) expect(label).not.toMatch(/[\p{Cc}\p{Cf}]/u);
	});
});

describe('a production page', () => {
	it('leaves no handle on its live socket for other scripts', async () => {
		await withBrowser(async (browser) => {
			const page = await browser.newPage();
			await page.goto(`${server.url}/s/${live.joinCode}`);
			await page.locator('[data-testid=participant][data-joined=true]').waitFor();
			expect(await page.evaluate(() => typeof (window as { __forsta?: unknown }).__forsta)).toBe(
				'undefined'
			);
		});
	}, 60_000);
});

describe('a phone without script', () => {
	it('joins with the plain form post, which our referrer policy keeps same-origin', async () => {
		await withBrowser(async (browser) => {
			const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
			await page.goto(`${server.url}/join`);
			await page.locator('#code').fill(live.joinCode);
			await page.locator('form button[type=submit]').click();
			await page.waitForURL(`${server.url}/s/${live.joinCode}`);
		});
	}, 60_000);
});

describe('start-up with a database that cannot be used', () => {
	const refusal = async (prepare: (dir: string) => string) => {
		const dir = mkdtempSync(join(tmpdir(), 'forsta-broken-'));
		try {
			const error = await startServerProcess(prepare(dir)).then(
				() => null,
				(e: Error) => e.message
			);
			return error ?? 'it started';
		} finally {
			removeDir(dir);
		}
	};

	it('exits with one clear line for a damaged file or an unusable folder', async () => {
		const damaged = await refusal((dir) => {
			writeFileSync(join(dir, 'forsta.sqlite'), 'this is not a database, only text '.repeat(200));
			return dir;
		});
		const notAFolder = await refusal((dir) => {
			writeFileSync(join(dir, 'file'), '');
			return join(dir, 'file');
		});
		for (const message of [damaged, notAFolder]) {
			expect(message).toMatch(/exited with 1/);
			const lines = message.split('\n').filter((l) => l.trim());
			expect(lines.filter((l) => l.startsWith('Forstå cannot start: The database'))).toHaveLength(
				1
			);
			expect(message).not.toMatch(/^\s+at /m);
		}
	}, 60_000);
});
