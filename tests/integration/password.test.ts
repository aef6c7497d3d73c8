import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../support/live';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

const dataDir = mkdtempSync(join(tmpdir(), 'forsta-password-'));
let server: ServerProcess;

beforeAll(async () => {
	server = await startServerProcess(dataDir, { PRESENTER_PASSWORD: 'fysio-hemmelig-42' });
});
afterAll(async () => {
	await stopServerProcess(server, 'SIGTERM');
	removeDir(dataDir);
});

const get = (path: string, cookie = '') =>
	fetch(`${server.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

async function logIn(password: string, to = '/guide') {
	const body = new URLSearchParams({ password });
	return fetch(`${server.url}/login?to=${to}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: server.url
		}
	});
}

describe('PRESENTER_PASSWORD', () => {
	it('sends the library, console, session list and screen to the login page', async () => {
		for (const path of [
			'/',
			'/sessions',
			'/guide',
			'/decks/laenderyg-full',
			'/present/abcdefgh12345678',
			'/screen/abcdefgh12345678'
		]) {
			const response = await get(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(`/login?to=${encodeURIComponent(path)}`);
		}
		const create = await fetch(`${server.url}/api/sessions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ deckId: 'laenderyg-full' })
		});
		expect(create.status).toBe(401);
	});

	it('keeps every participant page open', async () => {
		for (const path of ['/join', '/s/000000', '/takeaway', '/lang/en?to=/join']) {
			expect([200, 303], path).toContain((await get(path)).status);
			expect((await get(path)).headers.get('location') ?? '', path).not.toContain('/login');
		}
	});

	it('refuses a wrong password and lets the right one in', async () => {
		expect((await logIn('gæt-et-ord')).status).toBe(403);
		const ok = await logIn('fysio-hemmelig-42');
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/guide');
		const cookie = ok.headers.get('set-cookie')!.split(';')[0]!;
		expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
		expect((await get('/', cookie)).status).toBe(200);
		const create = await fetch(`${server.url}/api/sessions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie },
			body: JSON.stringify({ deckId: 'laenderyg-full' })
		});
		expect(create.status).toBe(201);
		const { joinCode } = (await create.json()) as { joinCode: string };
		// Logged in with the password, the presenter sees every session.
		expect(await (await get('/sessions/__data.json', cookie)).text()).toContain(joinCode);
	});

	it('gives each login its own random token, and refuses a token derived from the password', async () => {
		const first = (await logIn('fysio-hemmelig-42')).headers.get('set-cookie')!.split(';')[0]!;
		const second = (await logIn('fysio-hemmelig-42')).headers.get('set-cookie')!.split(';')[0]!;
		expect(first).not.toBe(second);
		const derived = createHash('sha256').update('forsta-presenter:fysio-hemmelig-42').digest('hex');
		expect((await get('/', `forsta_presenter=${derived}`)).status).toBe(303);
		expect((await get('/', first)).status).toBe(200);
	});

	it('sends the browser back only to a path on this site', async () => {
		for (const to of ['/%5Cevil.example', '//evil.example', 'https://evil.example']) {
			const response = await logIn('fysio-hemmelig-42', to);
			expect(response.status, to).toBe(303);
			expect(response.headers.get('location'), to).toBe('/');
		}
	});
});
