import type Database from 'better-sqlite3';
import type { Migration } from '../plan';

/** SQLite steps are synchronous, so each one runs whole inside its transaction. */
export type SqliteMigration = Migration<(db: Database.Database) => void>;

/** The columns a table has now; none when the table does not exist (yet). */
export function columnsOf(db: Database.Database, table: string): Set<string> {
	const rows = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)');
	return new Set(rows.all(table).map((row) => row.name));
}
