/**
 * Dependencies point inward: the domain (the live session, questions, decks) defines its own
 * types and knows nothing of the wire, the socket library, the web framework or the store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = import.meta.dirname;

/** A path under src/lib or a package name (`pkg:…`), as `importsOf` names an import. */
const protocol = /^protocol(\/|\.ts$|$)/;
const server = /^server(\/|$)/;
const browser = [/^realtime(\/|$)/, /^components(\/|$)/, /^pkg:socket\.io-client/];
const kit = [/^pkg:@sveltejs\/kit/, /^pkg:\$app\//];

/** The layers of docs/architecture.md: what each folder under src/lib may not import. */
const LAYERS = [
	{
		name: 'the domain (live, questions, decks)',
		dirs: ['live', 'questions', 'decks'],
		forbidden: [protocol, server, ...browser, /^pkg:socket\.io/, ...kit]
	},
	{
		name: 'the protocol',
		dirs: ['protocol'],
		forbidden: [server, ...browser, /^pkg:socket\.io/, ...kit]
	},
	{
		name: "the browser's connection and components",
		dirs: ['realtime', 'components'],
		forbidden: [server]
	},
	{ name: 'the server', dirs: ['server'], forbidden: [...browser, /^pkg:\$app\//] }
];
const DOMAIN = LAYERS[0]!;

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

function forbiddenIn(source: string, file: string, forbidden = DOMAIN.forbidden): string[] {
	return importsOf(source, file).filter((target) => forbidden.some((rule) => rule.test(target)));
}

function modules(dir: string): string[] {
	return (
		readdirSync(dir, { withFileTypes: true, recursive: true })
			.filter((entry) => entry.isFile() && /\.(ts|js|svelte)$/.test(entry.name))
			// Tests drive a layer from outside (a server test connects a browser client); they are
			// not part of the layer.
			.filter((entry) => !/\.(test|typetest)\.ts$/.test(entry.name))
			.map((entry) => join(entry.parentPath, entry.name))
	);
}

describe.each(LAYERS)('$name', ({ dirs, forbidden }) => {
	const files = dirs.flatMap((dir) => modules(join(LIB, dir)));

	it('is found', () => {
		expect(files.length).toBeGreaterThan(dirs.length);
	});

	it.each(files.map((file) => [relative(LIB, file), file]))(
		'%s imports nothing a layer outside it owns',
		(_name, file) => {
			expect(forbiddenIn(readFileSync(file, 'utf8'), file, forbidden)).toEqual([]);
		}
	);
});

describe('the domain modules', () => {
	it('include the state machine', () => {
		const files = DOMAIN.dirs.flatMap((dir) => modules(join(LIB, dir)));
		expect(files).toContain(join(LIB, 'live', 'machine.ts'));
	});
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
