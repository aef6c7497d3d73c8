// Where the bare server commits an answer while commits are on: its own SQLite file (WAL,
// synchronous=FULL), or with DATABASE_URL a PostgreSQL schema (synchronous_commit on, a pool of
// ten as each Forstå instance has) — the store Forstå itself uses in the same set-up. Either way
// one INSERT, committed on its own, before the ack.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

const COLUMNS = `session_id TEXT NOT NULL, answer_id TEXT NOT NULL, question_id TEXT NOT NULL,
	participant_id TEXT NOT NULL, value_json TEXT NOT NULL, answered_at BIGINT NOT NULL,
	PRIMARY KEY (session_id, answer_id)`;

/** @typedef {[string, string, string, string, string, number]} Row */
/** @typedef {{ insert(row: Row): void | Promise<unknown>; close(): Promise<void> }} Store */

/** @returns {Promise<Store>} */
export async function openStore() {
	const url = process.env.DATABASE_URL;
	return url ? openPostgres(url) : openSqlite(join(process.env.DATA_DIR ?? 'data', 'bare.sqlite'));
}

/** @param {string} file @returns {Store} */
function openSqlite(file) {
	mkdirSync(join(file, '..'), { recursive: true });
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.exec(`CREATE TABLE IF NOT EXISTS answers (${COLUMNS})`);
	growWal(db);
	const insert = db.prepare('INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?, ?, ?)');
	return {
		insert: (row) => void insert.run(...row),
		close: async () => void db.close()
	};
}

/**
 * A commit that makes the WAL file longer also has to write the file's new size, which makes its
 * fsync dearer. A server that has been running (Forstå, after its phones joined) reuses a WAL
 * that has already grown; so this one starts with its WAL grown to the checkpoint size too.
 * @param {import('better-sqlite3').Database} db
 */
function growWal(db) {
	db.exec('CREATE TABLE scratch (filler BLOB)');
	const fill = db.prepare('INSERT INTO scratch VALUES (?)');
	db.transaction(() => {
		for (let page = 0; page < 1100; page++) fill.run(Buffer.alloc(3900));
	})();
	db.exec('DROP TABLE scratch');
	db.pragma('wal_checkpoint(RESTART)');
}

/** `?schema=` names the schema, as in Forstå's DATABASE_URL. @param {string} text @returns {Promise<Store>} */
async function openPostgres(text) {
	const url = new URL(text);
	const schema = url.searchParams.get('schema') ?? 'public';
	if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema "${schema}": not a plain name`);
	url.searchParams.delete('schema');
	const pool = new pg.Pool({
		connectionString: url.toString(),
		options: `-c search_path=${schema} -c synchronous_commit=on`,
		max: 10,
		application_name: 'forsta-bench-bare'
	});
	pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
	try {
		await pool.query(`CREATE TABLE IF NOT EXISTS answers (${COLUMNS})`);
	} catch (error) {
		// Instances starting together race to create it; one wins, the others find it there.
		const found = await pool.query(
			"SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = 'answers'",
			[schema]
		);
		if (found.rowCount === 0) throw error;
	}
	return {
		insert: (row) =>
			pool.query('INSERT INTO answers VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING', row),
		close: () => pool.end()
	};
}
