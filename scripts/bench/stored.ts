/**
 * What a server's store holds: the answers that survived the kill, and whether an acked answer
 * is readable yet. Both servers keep answers in a table `answers` with `session_id` and
 * `answer_id` — in a SQLite file on one instance, in a PostgreSQL schema in a cluster.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { parsePgUrl } from '../../src/lib/server/store/pg/url';
import type { SentAnswer, StoreRef } from './messages';

export type StoreReader = {
	has(answer: SentAnswer): Promise<boolean>;
	/** Every stored answer, as `answerKey` gives it. */
	all(): Promise<Set<string>>;
	close(): Promise<void>;
};

export const answerKey = (a: SentAnswer) => `${a.sessionId} ${a.answerId}`;

type Row = { session_id: string; answer_id: string };
const keysOf = (rows: Row[]) =>
	new Set(rows.map((r) => answerKey({ sessionId: r.session_id, answerId: r.answer_id })));

/** A second reader, past the server: what it sees is committed. */
export async function openReader(ref: StoreRef): Promise<StoreReader> {
	if (ref.kind === 'sqlite') {
		const db = new Database(ref.file, { readonly: true, fileMustExist: true });
		const one = db.prepare<[string, string]>(
			'SELECT 1 FROM answers WHERE session_id = ? AND answer_id = ?'
		);
		const every = db.prepare<[], Row>('SELECT session_id, answer_id FROM answers');
		return {
			has: async (a) => one.get(a.sessionId, a.answerId) !== undefined,
			all: async () => keysOf(every.all()),
			close: async () => void db.close()
		};
	}
	const target = parsePgUrl(ref.url);
	// One connection; the pool queues the lookups of acks that arrive together.
	const client = new pg.Pool({
		connectionString: target.connectionString,
		options: `-c search_path=${target.schema}`,
		application_name: 'forsta-bench-reader',
		max: 1
	});
	client.on('error', () => undefined);
	return {
		has: async (a) =>
			(
				await client.query('SELECT 1 FROM answers WHERE session_id = $1 AND answer_id = $2', [
					a.sessionId,
					a.answerId
				])
			).rowCount !== 0,
		all: async () =>
			keysOf((await client.query<Row>('SELECT session_id, answer_id FROM answers')).rows),
		close: () => client.end()
	};
}

/** Every answer the store holds, read once. */
export async function storedAnswers(ref: StoreRef): Promise<Set<string>> {
	const reader = await openReader(ref);
	try {
		return await reader.all();
	} finally {
		await reader.close();
	}
}
