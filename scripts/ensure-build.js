// `npm start` builds when there is no build yet or the sources are newer than it, so one command
// takes a fresh clone (or a pulled update) to a running app.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';

const output = 'build/handler.js';

function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];
const stale = !existsSync(output) || Math.max(...inputs.map(newest)) > statSync(output).mtimeMs;
if (stale) {
	console.log('Building Forstå (takes about half a minute)…');
	execSync('npx vite build', { stdio: 'inherit' });
}
