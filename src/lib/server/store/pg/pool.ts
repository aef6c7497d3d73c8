/**
 * The connection pool. Every connection starts with Forstå's schema first on its search path and
 * synchronous_commit on, whatever the server's default: a query that changes data resolves only
 * once its COMMIT is flushed to the write-ahead log, which is what an acknowledged answer promises.
 */
import pg from 'pg';
import type { PgTarget } from './url';

/**
 * Ten connections per instance: enough for a classroom's bursts of answers (they queue, none is
 * lost), and three instances stay well under PostgreSQL's default of 100 connections.
 */
const POOL_SIZE = 10;

/** Times are milliseconds since 1970 in BIGINT columns; they fit a JavaScript number exactly. */
const types = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === pg.types.builtins.INT8
			? Number
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

export function createPool(target: PgTarget): pg.Pool {
	const pool = new pg.Pool({
		connectionString: target.connectionString,
		options: `-c search_path=${target.schema} -c synchronous_commit=on`,
		max: POOL_SIZE,
		idleTimeoutMillis: 30_000,
		connectionTimeoutMillis: 5_000,
		application_name: 'forsta',
		types
	});
	// An idle connection that breaks (PostgreSQL restarted, network gone) must not take the
	// process down; the pool drops it and the next query opens a new one.
	pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
	return pool;
}

export type Client = pg.PoolClient;

/** Runs `work` in one transaction on one connection: committed if it resolves, else rolled back. */
export async function inTransaction<T>(
	pool: pg.Pool,
	work: (client: Client) => Promise<T>
): Promise<T> {
	const client = await pool.connect();
	let broken: Error | undefined;
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		// A connection that cannot even roll back is closed rather than handed out again.
		await client.query('ROLLBACK').catch((failure: Error) => (broken = failure));
		throw error;
	} finally {
		client.release(broken);
	}
}

/** A session-level advisory lock's key: per schema, so installations sharing a database do not meet. */
export const lockKey = (target: PgTarget, name: string) => `forsta:${target.schema}:${name}`;

/** An error's own words; Node's connection errors sometimes carry them only in `code` or `errors`. */
export function reasonOf(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
	if (error instanceof Error)
		return error.message || (error as Error & { code?: string }).code || error.name;
	return String(error);
}
