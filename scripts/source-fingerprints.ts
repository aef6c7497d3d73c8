// Refreshes tests/content/source-fingerprints.json from the source documents (default
// ../shared/seeds): hashes of every seven-word run, so the wording test needs no source text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprints } from '../tests/content/ownWords';

const dir = process.argv[2] ?? '../shared/seeds';
const text = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(join(dir, f), 'utf8'))
	.join('\n');
const all = fingerprints(text);
writeFileSync('tests/content/source-fingerprints.json', JSON.stringify(all) + '\n');
console.log(`${all.length} fingerprints from ${dir}`);
