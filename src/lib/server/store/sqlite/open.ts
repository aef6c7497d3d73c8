import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from '../../startupError';
import { migrateSqlite } from './migrate';

/**
 * Opens, checks and upgrades the file. A damaged, unreadable or read-only file stops the start
 * with one clear sentence rather than failing later in the middle of a class.
 *
 * better-sqlite3 is synchronous: when a statement returns, its transaction is committed. WAL with
 * synchronous=FULL makes every commit survive a killed process and a power cut, which is what an
 * acknowledged health answer promises; the cost is one fsync per answer, well within budget.
 */
export function openDatabase(file: string): Database.Database {
	let db: Database.Database | undefined;
	try {
		if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
		db = new Database(file);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = FULL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		// Deleted health data must not linger in free space: deleted cells and free pages are
		// zeroed, and `purge` hands free pages back to the file system.
		db.pragma('secure_delete = ON');
		const check = db.pragma('quick_check', { simple: true });
		if (check !== 'ok') throw new Error(`the integrity check found: ${String(check)}`);
		db.exec('BEGIN IMMEDIATE; ROLLBACK');
		useIncrementalVacuum(db);
		migrateSqlite(db);
		return db;
	} catch (error) {
		db?.close();
		const reason = error instanceof Error ? error.message : String(error);
		throw new StartupError(
			`The database ${file} cannot be used (${reason}). Check that it is writable, or restore it from a backup or move it away to start with an empty one.`
		);
	}
}

/**
 * Free pages can only be handed back if the file was made with auto_vacuum; a file from before
 * gets it with one full VACUUM, which also wipes whatever earlier deletes left in free space.
 */
function useIncrementalVacuum(db: Database.Database): void {
	const INCREMENTAL = 2;
	if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return;
	db.pragma('auto_vacuum = INCREMENTAL');
	db.exec('VACUUM');
}
