/**
 * The store DATABASE_URL asks for: PostgreSQL for a postgres:// URL, otherwise the SQLite file
 * under DATA_DIR. PostgreSQL's module is loaded only when used, so a clinic never needs it.
 */
import { join } from 'node:path';
import { createSqliteStore } from './sqlite/store';
import type { Store } from './types';

export async function openStore(options: {
	databaseUrl?: string;
	dataDir: string;
}): Promise<Store> {
	if (!options.databaseUrl) return createSqliteStore(join(options.dataDir, 'forsta.sqlite'));
	const { createPgStore } = await import('./pg/store');
	return createPgStore(options.databaseUrl);
}
