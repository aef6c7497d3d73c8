/**
 * Brings a PostgreSQL schema to the current version: each step still to do runs in its own
 * transaction together with its record, so it is either applied and recorded or not at all.
 * Instances starting at once queue on an advisory lock: the first one migrates, the others then
 * find nothing left to do.
 */
import type pg from 'pg';
import { pgMigrations } from '../migrations/pg';
import type { PgMigration } from '../migrations/pg/step';
import { MIGRATIONS_TABLE, pendingMigrations, type AppliedMigration } from '../migrations/plan';
import { lockKey } from './pool';
import type { PgTarget } from './url';

export async function migratePg(
	pool: pg.Pool,
	target: PgTarget,
	migrations: readonly PgMigration[] = pgMigrations,
	now: () => number = Date.now
): Promise<void> {
	const client = await pool.connect();
	const key = lockKey(target, 'migrations');
	try {
		await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
		try {
			// Asked first: CREATE SCHEMA IF NOT EXISTS needs the right to create even when it exists.
			const schema = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
				target.schema
			]);
			if (schema.rowCount === 0) await client.query(`CREATE SCHEMA ${target.schema}`);
			await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
				version INTEGER PRIMARY KEY,
				name TEXT NOT NULL,
				applied_at BIGINT NOT NULL
			)`);
			const applied = await client.query<AppliedMigration>(
				`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`
			);
			for (const migration of pendingMigrations(migrations, applied.rows)) {
				await client.query('BEGIN');
				try {
					await migration.up(client);
					await client.query(
						`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES ($1, $2, $3)`,
						[migration.version, migration.name, now()]
					);
					await client.query('COMMIT');
				} catch (error) {
					await client.query('ROLLBACK');
					throw error;
				}
			}
		} finally {
			await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
		}
	} finally {
		client.release();
	}
}
