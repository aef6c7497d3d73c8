/**
 * `node server.js` with one wrong setting at a time: it stops with exit code 1 and exactly one
 * line on stderr that names the variable (and, unless it is a secret, the value), never a stack
 * trace; and it listens only where PORT and HOST say.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir } from '../support/live';
import { freePort } from '../support/nginx';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'forsta-settings-'));
afterAll(() => removeDir(dataDir));

async function start(settings: Record<string, string>) {
	const child = spawn(process.execPath, ['server.js'], {
		cwd: root,
		env: {
			...process.env,
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			DECKS_DIR: resolve(root, 'sessions'),
			...settings
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	const [code] = await once(child, 'exit');
	clearTimeout(timer);
	return { code: code as number | null, stdout, stderr };
}

const file = join(dataDir, 'a-file');
writeFileSync(file, 'not a folder');

describe('a wrong setting stops the start with one line', () => {
	it.each([
		['PORT', 'abc', 'PORT: a port number 1–65535 (0: any free port) (got "abc")'],
		['PORT', '70000', 'PORT: a port number 1–65535 (0: any free port) (got "70000")'],
		[
			'HOST',
			'klinik laptop',
			'HOST: an address to listen on, e.g. 0.0.0.0, 127.0.0.1 or :: (got "klinik laptop")'
		],
		['DATA_DIR', '', 'DATA_DIR: a folder (got "")'],
		['DATA_DIR', file, 'cannot be used'],
		['DECKS_DIR', '', 'DECKS_DIR: a folder (got "")'],
		['RETENTION_DAYS', '0', 'RETENTION_DAYS: a whole number of days, 1–3650 (got "0")'],
		['PUBLIC_URL', 'klinikken', 'PUBLIC_URL: an http:// or https:// address (got "klinikken")'],
		['PRESENTER_PASSWORD', 'kort', 'PRESENTER_PASSWORD: use at least 8 characters'],
		['SERVER_SECRET', 'for-kort', 'SERVER_SECRET: use at least 32 characters'],
		[
			'LOG_LEVEL',
			'loud',
			'LOG_LEVEL: one of fatal, error, warn, info, debug, trace, silent (got "loud")'
		],
		[
			'REDIS_URL',
			'http://user:adgangskode@cache:6379',
			'REDIS_URL: a redis:// or rediss:// address'
		],
		[
			'ADDRESS_HEADER',
			'x forwarded',
			'ADDRESS_HEADER: a header name, e.g. x-forwarded-for (got "x forwarded")'
		],
		['XFF_DEPTH', '0', 'XFF_DEPTH: a positive integer, 1–10 (got "0")'],
		['ORIGIN', 'klinikken', 'ORIGIN'],
		['BODY_SIZE_LIMIT', 'meget', 'BODY_SIZE_LIMIT'],
		['OUT_OF_HOURS_PHONE', 'ring 1813', 'OUT_OF_HOURS_PHONE: a phone number'],
		['SESSIONS_PER_HOUR', '0', 'SESSIONS_PER_HOUR: a whole number, 1–100000 (got "0")'],
		['ALLOWED_HOSTS', 'klinik.dk/x', 'ALLOWED_HOSTS: host names, comma-separated'],
		['DRAIN_SECONDS', '90', 'DRAIN_SECONDS: a number of seconds, 0–30 (got "90")']
	])('%s=%s', async (name, value, words) => {
		const { code, stderr } = await start({ [name]: value });
		expect(code).toBe(1);
		const lines = stderr.trimEnd().split('\n');
		expect(lines, stderr).toHaveLength(1);
		expect(lines[0]).toMatch(/^Forstå cannot start: /);
		expect(lines[0]).toContain(name === 'DATA_DIR' && value === file ? 'database' : name);
		expect(lines[0]).toContain(words);
		expect(stderr).not.toMatch(/\n\s+at /);
		if (name === 'REDIS_URL') expect(stderr).not.toContain('adgangskode');
	});

	it('PORT held by another process', async () => {
		const holder = createServer().listen(0, '127.0.0.1');
		await once(holder, 'listening');
		const { port } = holder.address() as { port: number };
		try {
			const { code, stderr } = await start({ PORT: String(port) });
			expect(code).toBe(1);
			expect(stderr.trimEnd().split('\n')).toEqual([
				`Forstå cannot start: PORT ${port} on HOST 127.0.0.1 cannot be used (EADDRINUSE): choose another PORT or stop what holds it`
			]);
		} finally {
			holder.close();
		}
	});
});

describe('PORT and HOST', () => {
	it('are where the server listens', async () => {
		const port = await freePort();
		const child = spawn(process.execPath, ['server.js'], {
			cwd: root,
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const exited = once(child, 'exit');
		let stdout = '';
		await new Promise<void>((listening, fail) => {
			const timer = setTimeout(() => fail(new Error(`no start:\n${stdout}`)), 15_000);
			child.stdout.on('data', (chunk: Buffer) => {
				stdout += chunk.toString();
				if (stdout.includes('listening on')) {
					clearTimeout(timer);
					listening();
				}
			});
		});
		try {
			expect(stdout).toContain(`Forstå is listening on http://127.0.0.1:${port}`);
			expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
		} finally {
			child.kill('SIGTERM');
		}
		expect(await exited).toEqual([0, null]);
	});
});
