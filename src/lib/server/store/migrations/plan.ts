/**
 * Schema migrations for any store: numbered steps, applied once each, in order, and recorded in
 * the database's `schema_migrations` table. Each dialect keeps its own numbered list and applies
 * it in its own transactions (sqlite/migrate.ts, pg/migrate.ts); this decides what is still to
 * do, and refuses a database it cannot safely open.
 */
export type Migration<Up> = {
	version: number;
	name: string;
	/** Must also succeed on a database that already has this step: files from before versioning. */
	up: Up;
};

export type AppliedMigration = { version: number; name: string };

export const MIGRATIONS_TABLE = 'schema_migrations';

export function pendingMigrations<M extends AppliedMigration>(
	migrations: readonly M[],
	applied: readonly AppliedMigration[]
): M[] {
	migrations.forEach((migration, i) => {
		if (migration.version !== i + 1)
			throw new Error(`migration ${migration.name} is number ${migration.version}, not ${i + 1}`);
	});
	for (const done of applied) {
		const known = migrations[done.version - 1];
		if (!known)
			throw new Error(
				`the database was upgraded by a newer version of Forstå (schema step ${done.version}, "${done.name}"); run that version or a later one`
			);
		if (known.name !== done.name)
			throw new Error(
				`the database's schema step ${done.version} is "${done.name}", not "${known.name}"`
			);
	}
	const done = new Set(applied.map((m) => m.version));
	return migrations.filter((migration) => !done.has(migration.version));
}
