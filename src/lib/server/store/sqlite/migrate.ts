/**
 * Brings an SQLite file to the current schema: each step still to do runs in its own
 * transaction and is recorded with it, so a step is either applied and recorded or not at all.
 * A file from before the schema was versioned has no record yet: every step runs, and each one
 * finds what is already there.
 */
import type Database from 'better-sqlite3';
import { log } from '../../log';
import { sqliteMigrations } from '../migrations/sqlite';
import type { SqliteMigration } from '../migrations/sqlite/step';
import { MIGRATIONS_TABLE, pendingMigrations } from '../migrations/plan';

export function migrateSqlite(
	db: Database.Database,
	migrations: readonly SqliteMigration[] = sqliteMigrations,
	now: () => number = Date.now
): void {
	db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	)`);
	const applied = db
		.prepare<[], { version: number; name: string }>(
			`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`
		)
		.all();
	const pending = pendingMigrations(migrations, applied);
	if (pending.length === 0) return;
	const record = db.prepare(
		`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`
	);
	// A step that rebuilds a table drops the old one; with foreign keys on, that would delete
	// every participant and answer of its sessions. They are checked before each commit instead.
	db.pragma('foreign_keys = OFF');
	try {
		for (const migration of pending) {
			db.transaction(() => {
				migration.up(db);
				const broken = db.pragma('foreign_key_check');
				if (Array.isArray(broken) && broken.length > 0)
					throw new Error(
						`schema step ${migration.version} left ${broken.length} broken references`
					);
				record.run(migration.version, migration.name, now());
			})();
			log.info({ version: migration.version, name: migration.name }, 'schema step applied');
		}
	} finally {
		db.pragma('foreign_keys = ON');
	}
}
