/**
 * Dependencies point inward: the domain (the live session, questions, decks) defines its own
 * types and knows nothing of the wire, the socket library, the web framework or the store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = import.meta.dirname;
const DOMAIN = ['live', 'questions', 'decks'];

/** Where a module may not reach from the domain, as a path under src/lib or a package name. */
const FORBIDDEN = [
	/^protocol(\/|\.ts$|$)/,
	/^server(\/|$)/,
	/^realtime(\/|$)/,
	/^pkg:socket\.io/,
	/^pkg:@sveltejs\/kit/,
	/^pkg:\$app\//
];

const IMPORT =
	/(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a module imports, each as a path under src/lib (`$lib/…` and relative) or `pkg:name`. */
function importsOf(source: string, file: string): string[] {
	return [...source.matchAll(IMPORT)].map((match) => {
		const specifier = (match[1] ?? match[2])!;
		if (specifier.startsWith('$lib/')) return specifier.slice('$lib/'.length);
		if (specifier.startsWith('.')) return relative(LIB, resolve(dirname(file), specifier));
		return `pkg:${specifier}`;
	});
}

function forbiddenIn(source: string, file: string): string[] {
	return importsOf(source, file).filter((target) => FORBIDDEN.some((rule) => rule.test(target)));
}

function modules(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(ts|js|svelte)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('the domain modules', () => {
	const files = DOMAIN.flatMap((dir) => modules(join(LIB, dir)));

	it('are found', () => {
		expect(files.length).toBeGreaterThan(10);
		expect(files).toContain(join(LIB, 'live', 'machine.ts'));
	});

	it.each(files.map((file) => [relative(LIB, file), file]))(
		'%s imports neither the protocol, the server, sockets nor SvelteKit',
		(_name, file) => {
			expect(forbiddenIn(readFileSync(file, 'utf8'), file)).toEqual([]);
		}
	);
});

describe('the import scan', () => {
	const file = join(LIB, 'live', 'example.ts');

	it('finds every way of importing a forbidden module', () => {
		const source = [
			"import type { Ack } from '../protocol';",
			"import { x } from '../protocol/commands';",
			"import { y } from '$lib/protocol';",
			"export { z } from '../server/store/types';",
			"import { io } from 'socket.io-client';",
			"import { json } from '@sveltejs/kit';",
			"import { page } from '$app/state';",
			"const later = await import('../server/sessions');"
		].join('\n');
		expect(forbiddenIn(source, file)).toHaveLength(8);
	});

	it('lets the domain import itself and plain libraries', () => {
		const source = [
			"import type { Question } from '../decks/schema';",
			"import { z } from 'zod';",
			"import { marked } from 'marked';",
			"import { scaleResults } from '$lib/questions/results';",
			"import { protocolVersion } from './protocolish';"
		].join('\n');
		expect(forbiddenIn(source, file)).toEqual([]);
	});
});
