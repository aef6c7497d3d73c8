/**
 * DATABASE_URL for PostgreSQL: `postgres://user:password@host:port/database`, or `postgresql://`,
 * with node-postgres' own query settings (sslmode, …). One addition: `?schema=name` puts Forstå's
 * tables in that schema (made at start if missing) instead of `public`, so several installations
 * or test runs can share one database.
 */
export type PgTarget = {
	/** The URL without `schema`, for node-postgres. */
	connectionString: string;
	schema: string;
	/** host:port/database, for messages: never the user's password. */
	label: string;
};

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** True when the URL asks for PostgreSQL; anything else is refused by `parsePgUrl`. */
export const isPgUrl = (text: string) => /^postgres(ql)?:\/\//i.test(text.trim());

export function parsePgUrl(text: string): PgTarget {
	if (!isPgUrl(text))
		throw new Error('use a postgres:// or postgresql:// URL, or leave it unset for SQLite');
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		throw new Error('not a valid URL (percent-encode special characters in the password)');
	}
	if (!url.hostname) throw new Error('the URL names no host');
	const database = decodeURIComponent(url.pathname.slice(1));
	if (!database) throw new Error('the URL names no database, e.g. postgres://host/forsta');
	const schema = url.searchParams.get('schema') ?? 'public';
	if (!SCHEMA.test(schema))
		throw new Error(`schema "${schema}": use lower-case letters, digits and _ only`);
	url.searchParams.delete('schema');
	return {
		connectionString: url.toString(),
		schema,
		label: `${url.hostname}:${url.port || 5432}/${database}${schema === 'public' ? '' : `?schema=${schema}`}`
	};
}
