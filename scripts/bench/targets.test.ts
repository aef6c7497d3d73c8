import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localConfig } from '../../tests/support/nginx';
import { setUp, targetNames } from './targets';

describe('what the columns ran on', () => {
	it('names SQLite on one instance and PostgreSQL, Redis and nginx on several', () => {
		expect(targetNames(1).bareDurable).toMatch(/SQLite/);
		expect(targetNames(3)).toMatchObject({
			bare: 'bare socket.io ×3',
			bareDurable: expect.stringMatching(/×3, one PostgreSQL commit per answer/),
			forsta: expect.stringMatching(/^Forstå ×3/)
		});
		expect(setUp(1)).not.toMatch(/nginx|PostgreSQL/);
		const cluster = setUp(3);
		expect(cluster).toMatch(/3 instances behind nginx/);
		expect(cluster).toMatch(/kill -9 of all 3 instances/);
		expect(cluster).toMatch(/Memory and CPU: the sum of the\s+3 instances/);
	});
});

describe("the benchmark's nginx", () => {
	const shipped = readFileSync('deploy/nginx.conf', 'utf8');
	const base = {
		upstreams: ['127.0.0.1:4001', '127.0.0.1:4002'],
		httpsPort: 4443,
		httpPort: 4080,
		cert: '/tmp/c.pem',
		key: '/tmp/k.pem',
		prefix: '/tmp/p'
	};

	it('holds more connections per worker than the shipped file when asked, and nothing else changes', () => {
		const asShipped = localConfig(shipped, base);
		const raised = localConfig(shipped, { ...base, workerConnections: 16_384 });
		expect(asShipped).toMatch(/worker_connections 4096;/);
		expect(raised).toMatch(/worker_connections 16384;/);
		expect(raised.replace('16384', '4096')).toBe(asShipped);
		expect(raised).toMatch(/server 127\.0\.0\.1:4002 max_fails=1 fail_timeout=5s;/);
	});
});
