// `npm test`: everything the suite needs, then the suite. Starts PostgreSQL and Redis when they
// are down (services.js), builds the app, runs the unit and integration tests (Vitest, real
// servers on loopback), then the browser tests (Playwright in Debian's Chromium, installed here
// when it is missing and we are allowed to).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ensureServices } from './services.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
	console.log(`\n$ ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		console.error(
			`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`
		);
		process.exit(result.status ?? 1);
	}
}

// Debian packages the suite drives: Chromium for the browser tests, nginx for the proxy and
// cluster tests, systemd-analyze to check the shipped unit file.
const needed = [
	[chromium, 'chromium'],
	[process.env.NGINX_PATH ?? '/usr/sbin/nginx', 'nginx'],
	['/usr/bin/systemd-analyze', 'systemd']
].filter(([path]) => !existsSync(path));
if (needed.length > 0) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!root || !existsSync('/usr/bin/apt-get')) {
		console.error(
			`The tests need ${needed.map(([path, pkg]) => `${path} (Debian package "${pkg}")`).join(', ')}: install them (or set CHROMIUM_PATH / NGINX_PATH).`
		);
		process.exit(1);
	}
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', ...needed.map(([, pkg]) => pkg)], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

// The store and cluster tests need PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379).
try {
	await ensureServices();
} catch (error) {
	console.error(`\n✗ ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}

run('npx', ['vite', 'build']);
run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=test-results/vitest.json'
]);
// A port no other process holds right now, so a second suite on the same machine cannot collide.
const port = await new Promise((resolve, reject) => {
	const probe = createServer().listen(0, '127.0.0.1', () => {
		const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
		probe.close(() => resolve(port));
	});
	probe.on('error', reject);
});
run('npx', ['playwright', 'test'], {
	env: { ...process.env, E2E_PORT: process.env.E2E_PORT ?? String(port) }
});

const vitest = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const playwright = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
const passed = vitest.numPassedTests + playwright.expected;
const failed = vitest.numFailedTests + playwright.unexpected + playwright.flaky;
console.log(`\nVitest ${vitest.numPassedTests} passed; Playwright ${playwright.expected} passed`);
console.log(`${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
