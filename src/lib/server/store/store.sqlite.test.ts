/** The store contract on SQLite: a new file for each test. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { storeContract } from './contract';
import { createSqliteStore } from './sqlite/store';

const dir = mkdtempSync(join(tmpdir(), 'forsta-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let file = '';
let files = 0;

describe('the SQLite store', () => {
	storeContract({
		async open() {
			file = join(dir, `store-${++files}.sqlite`);
			return createSqliteStore(file);
		},
		async another() {
			return createSqliteStore(file);
		},
		async count(table) {
			const db = new Database(file, { readonly: true });
			try {
				return db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()!.n;
			} finally {
				db.close();
			}
		}
	});
});
