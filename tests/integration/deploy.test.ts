/**
 * What ships in deploy/ is run here, not only read: the systemd unit passes systemd's own check,
 * and the nginx configuration serves a Forstå production server over TLS, websockets included,
 * with the phone's own address in the header the limits trust.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DRAIN_SECONDS, SETTING_NAMES } from '../../src/lib/server/config';
import { CLOSE_MS } from '../../src/lib/server/ops/drain';
import { removeDir } from '../support/live';
import { startNginx, type Nginx } from '../support/nginx';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

describe('deploy/forsta.service', () => {
	it('passes systemd-analyze verify without a single warning', () => {
		const result = spawnSync('systemd-analyze', ['verify', 'deploy/forsta.service'], {
			encoding: 'utf8',
			cwd: process.cwd()
		});
		expect(result.error).toBeUndefined();
		expect(`${result.stdout}${result.stderr}`).toBe('');
		expect(result.status).toBe(0);
	});

	it('starts the production entry and stops it with SIGTERM, which drains cleanly', () => {
		const unit = readFileSync('deploy/forsta.service', 'utf8');
		expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/forsta\/server\.js$/m);
		expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
		expect(unit).toMatch(/^UMask=0077$/m);
	});

	it('reads the settings file and waits longer for a stop than a drain and a close can take', () => {
		const unit = readFileSync('deploy/forsta.service', 'utf8');
		expect(unit).toMatch(/^EnvironmentFile=\/etc\/forsta\/forsta\.env$/m);
		expect(unit).toMatch(/^Restart=on-failure$/m);
		const stopSeconds = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1]);
		expect(stopSeconds).toBeGreaterThan(MAX_DRAIN_SECONDS + CLOSE_MS / 1000);
	});
});

describe('deploy/forsta.env.example and docs/deploy.md', () => {
	const example = readFileSync('deploy/forsta.env.example', 'utf8');
	const guide = readFileSync('docs/deploy.md', 'utf8');
	const names = [
		...SETTING_NAMES.filter((name) => name !== 'FORSTA_TEST_HOOKS'),
		'DATABASE_URL',
		'BODY_SIZE_LIMIT'
	];

	it.each(names)('name and explain %s', (name) => {
		expect(example).toMatch(new RegExp(`^#${name}=`, 'm'));
		expect(guide).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
	});

	it('set nothing but comments', () => {
		const lines = example.split('\n').filter((line) => line.trim() !== '');
		expect(lines.every((line) => line.startsWith('#'))).toBe(true);
	});
});

describe('deploy/nginx.conf', () => {
	const conf = readFileSync('deploy/nginx.conf', 'utf8');
	let nginx: Nginx;
	let server: ServerProcess;
	let dataDir: string;

	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'forsta-deploy-'));
		server = await startServerProcess(dataDir, {
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		});
		nginx = await startNginx([new URL(server.url).host]);
	});
	afterAll(async () => {
		await nginx?.stop();
		if (server) await stopServerProcess(server, 'SIGTERM');
		removeDir(dataDir);
	});

	it("keeps a quiet websocket open longer than socket.io's 45 s heartbeat", () => {
		const timeouts = [...conf.matchAll(/proxy_(read|send)_timeout (\d+)s;/g)].map((m) =>
			Number(m[2])
		);
		expect(timeouts).toHaveLength(2);
		for (const seconds of timeouts) expect(seconds).toBeGreaterThan(45);
	});

	it('serves the pages over TLS and replaces any X-Forwarded-For a client sends', async () => {
		const page = await new Promise<{ status: number; body: string }>((done, fail) => {
			const req = request(
				`${nginx.url}/join`,
				{ ca: nginx.ca, headers: { 'x-forwarded-for': '203.0.113.9' } },
				(res) => {
					let body = '';
					res.on('data', (chunk: Buffer) => (body += chunk.toString()));
					res.on('end', () => done({ status: res.statusCode ?? 0, body }));
				}
			);
			req.on('error', fail);
			req.end();
		});
		expect(page.status).toBe(200);
		expect(page.body).toContain('<form');
	});

	it('upgrades a websocket through the proxy and answers the handshake', async () => {
		const socket = io(nginx.url, {
			transports: ['websocket'],
			ca: nginx.ca,
			auth: { role: 'participant', joinCode: '000000', participantId: 'deploy-test-0123456789' },
			reconnection: false
		});
		const refused = await new Promise<{ code?: string }>((done) =>
			socket.once('connect_error', (error: Error & { data?: { code?: string } }) =>
				done(error.data ?? {})
			)
		);
		socket.close();
		// The server itself answered (a wrong code), so the upgrade went all the way through.
		expect(refused.code).toBe('not_found');
	});
});
