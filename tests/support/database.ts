/**
 * PostgreSQL for the tests: each caller gets a schema of its own in the test database
 * (127.0.0.1:5432/test unless TEST_DATABASE_URL names another), and drops it when done. An
 * unreachable server fails the test with the reason and what to do, never skips it.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const TEST_DATABASE_URL =
	process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabase = {
	/** DATABASE_URL for a store or a server on this schema. */
	url: string;
	schema: string;
	/** A query on this schema, past any store. */
	query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
	drop(): Promise<void>;
};

export async function testDatabase(): Promise<TestDatabase> {
	const schema = `forsta_test_${process.pid}_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
	admin.on('error', () => undefined);
	try {
		await admin.connect();
	} catch (error) {
		throw new Error(
			`PostgreSQL for the tests is not reachable at ${TEST_DATABASE_URL} (${(error as Error).message || String(error)}). Start it (npm test starts the local cluster when it is down) or set TEST_DATABASE_URL.`
		);
	}
	await admin.query(`CREATE SCHEMA ${schema}`);
	await admin.query(`SET search_path TO ${schema}`);
	const url = new URL(TEST_DATABASE_URL);
	url.searchParams.set('schema', schema);
	return {
		url: url.toString(),
		schema,
		query: (text, values) => admin.query(text, values),
		async drop() {
			try {
				await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
			} finally {
				await admin.end();
			}
		}
	};
}
