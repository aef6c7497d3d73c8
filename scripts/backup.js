// `npm run backup [file]`: a consistent copy of the live SQLite database, taken while the server
// runs and writes, through SQLite's online backup API (better-sqlite3's db.backup). A plain copy
// of a WAL database can miss what sits in the -wal file; this cannot. Prints the copy's path and
// what it holds. With DATABASE_URL on PostgreSQL it prints the pg_dump command instead.
//
// A backup holds health data: keep it where only the operator can read it (it is made 0600 in a
// 0700 folder). Retention and erasure never reach a backup: rotate them (docs/deploy.md).
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const databaseUrl = process.env.DATABASE_URL ?? '';
if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
	console.log('DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g.');
	console.log(
		'  pg_dump --format=custom --file="forsta-$(date -u +%Y%m%dT%H%M%SZ).dump" "$DATABASE_URL"'
	);
	console.log('and restore with pg_restore --clean --if-exists --dbname="$DATABASE_URL" <file>');
	console.log('(docs/deploy.md, "Backups").');
	process.exit(0);
}

function fail(message) {
	console.error(`Backup failed: ${message}`);
	process.exit(1);
}

const dataDir = resolve(process.env.DATA_DIR || 'data');
const source = join(dataDir, 'forsta.sqlite');
if (!existsSync(source)) fail(`there is no database at ${source} (set DATA_DIR to the server's)`);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? join(dataDir, 'backups', `forsta-${stamp}.sqlite`));
if (existsSync(target)) fail(`${target} exists already; name another file`);
mkdirSync(dirname(target), { recursive: true, mode: 0o700 });

const db = new Database(source, { fileMustExist: true });
try {
	db.pragma('busy_timeout = 5000');
	// All remaining pages in one step: a step sees one snapshot, so writes by the server while the
	// copy runs can never restart it or mix two states.
	await db.backup(target, { progress: ({ totalPages }) => totalPages });
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
} finally {
	db.close();
}
chmodSync(target, 0o600);

const copy = new Database(target, { fileMustExist: true });
// One self-contained file: the copy inherits WAL mode, which would leave -wal and -shm beside it.
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('integrity_check', { simple: true });
if (check !== 'ok') fail(`the copy ${target} does not pass SQLite's integrity check: ${check}`);
const tables = copy
	.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
	)
	.pluck()
	.all();
const counts = tables.map((table) => {
	const rows = copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
	return `${table} ${rows}`;
});
copy.close();
console.log(`Backup written to ${target}`);
console.log(`Rows: ${counts.join(', ')}`);
