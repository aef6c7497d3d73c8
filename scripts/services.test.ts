import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../tests/support/nginx';
import { accepts, ensureServices, SERVICES } from './services.js';

describe('the services npm test starts', () => {
	it('are started with exactly the documented commands', () => {
		expect(SERVICES.map((s) => [s.name, s.port, s.urlVariable, s.start])).toEqual([
			[
				'PostgreSQL',
				5432,
				'TEST_DATABASE_URL',
				'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'
			],
			[
				'Redis',
				6379,
				'TEST_REDIS_URL',
				'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no'
			]
		]);
	});

	it('tells a listening port from a closed one', async () => {
		const server = createServer().listen(0, '127.0.0.1');
		await once(server, 'listening');
		const { port } = server.address() as AddressInfo;
		expect(await accepts(port)).toBe(true);
		server.close();
		await once(server, 'close');
		expect(await accepts(port)).toBe(false);
	});

	it('leaves a service that is up alone', async () => {
		const server = createServer().listen(0, '127.0.0.1');
		await once(server, 'listening');
		const { port } = server.address() as AddressInfo;
		const lines: string[] = [];
		try {
			await ensureServices({
				env: {},
				services: [{ name: 'Fake', urlVariable: 'TEST_FAKE_URL', port, start: 'exit 3' }],
				log: (line) => lines.push(line)
			});
		} finally {
			server.close();
		}
		expect(lines).toEqual([`Fake is up on 127.0.0.1:${port}`]);
	});

	it('starts nothing when the test URL is given', async () => {
		const lines: string[] = [];
		await ensureServices({
			env: { TEST_FAKE_URL: 'fake://elsewhere' },
			services: [{ name: 'Fake', urlVariable: 'TEST_FAKE_URL', port: 1, start: 'exit 3' }],
			log: (line) => lines.push(line)
		});
		expect(lines).toEqual(['Fake: using TEST_FAKE_URL']);
	});

	it('fails with a clear sentence when the service does not come up in time', async () => {
		const port = await freePort();
		const service = { name: 'Fake', urlVariable: 'TEST_FAKE_URL', port, start: 'exit 3' };
		const started = Date.now();
		await expect(
			ensureServices({ env: {}, services: [service], waitMs: 500, log: () => undefined })
		).rejects.toThrow(
			`Fake does not accept connections on 127.0.0.1:${port} 0.5 s after "exit 3" (exit 3). Start it yourself, or set TEST_FAKE_URL.`
		);
		expect(Date.now() - started).toBeLessThan(5000);
	});
});
