/** Environment settings, validated once. Everything has a default that works out of the box. */
import { z } from 'zod';
import { allowedHosts } from './hosts';
import { parsePgUrl } from './store/pg/url';
import { StartupError } from './startupError';

/** The longest drain a setting may ask for; deploy/forsta.service's TimeoutStopSec exceeds it. */
export const MAX_DRAIN_SECONDS = 30;
const DRAIN_RULE = `a number of seconds, 0–${MAX_DRAIN_SECONDS}`;
const PORT_RULE = 'a port number 1–65535 (0: any free port)';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
	/** The port for pages and websockets; server.js listens where this says, nowhere else. */
	PORT: z
		.string()
		.trim()
		.regex(/^\d{1,5}$/, PORT_RULE)
		.transform(Number)
		.pipe(z.number().max(65535, PORT_RULE))
		.default(3000),
	/** The address the server listens on; 127.0.0.1 or ::1 means no phone can reach it. */
	HOST: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9.:%-]+$/, 'an address to listen on, e.g. 0.0.0.0, 127.0.0.1 or ::')
		.default('0.0.0.0'),
	/** How much the JSON log on stdout says; `debug` adds every request and connection. */
	LOG_LEVEL: z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).default('info'),
	/**
	 * After SIGTERM: seconds the server keeps serving while /readyz says "draining", so a proxy or
	 * orchestrator stops sending it new clients before the port closes.
	 */
	DRAIN_SECONDS: z.coerce
		.number({ error: DRAIN_RULE })
		.int(DRAIN_RULE)
		.min(0, DRAIN_RULE)
		.max(MAX_DRAIN_SECONDS, DRAIN_RULE)
		.default(2),
	/** Several instances share fan-out and limits through this Redis (redis:// or rediss://). */
	REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'a redis:// or rediss:// address' }).optional(),
	/** Where this installation's keys start in Redis, so installations sharing one stay apart. */
	REDIS_PREFIX: z
		.string()
		.regex(/^[A-Za-z0-9:_-]{1,64}$/, 'letters, digits, ":", "_" and "-", up to 64')
		.default('forsta'),
	DATA_DIR: z.string().min(1, 'a folder').default('data'),
	/**
	 * postgres://user:password@host:5432/database[?schema=name] to keep everything in PostgreSQL
	 * (several instances sharing one database); unset or empty, the SQLite file under DATA_DIR.
	 */
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.transform((url) => url || undefined)
		.superRefine((url, context) => {
			if (!url) return;
			try {
				parsePgUrl(url);
			} catch (error) {
				context.addIssue({ code: 'custom', message: (error as Error).message });
			}
		}),
	DECKS_DIR: z.string().min(1, 'a folder').default('sessions'),
	/** The address phones use to join, e.g. http://192.168.1.20:3000 — when the default guess is wrong. */
	PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' }).optional(),
	/**
	 * When the server is reachable by others than the clinic's staff: the library, the console,
	 * the audience screen and starting sessions then need this password. Participants never do.
	 */
	PRESENTER_PASSWORD: z.string().min(8, 'use at least 8 characters').optional(),
	/**
	 * The out-of-hours doctor's number for the clinic's region (1813 in the Capital Region), shown
	 * with every red-flag block. Without it the block says to call the out-of-hours doctor.
	 */
	OUT_OF_HOURS_PHONE: z
		.string()
		.trim()
		.regex(/^\+?\d[\d ]{1,18}\d$/, 'a phone number, e.g. 1813 or +45 70 11 31 31')
		.optional(),
	/** Sessions and their answers are deleted this many days after they started. */
	RETENTION_DAYS: z.coerce
		.number({ error: 'a whole number of days, 1–3650' })
		.int('a whole number of days, 1–3650')
		.min(1, 'a whole number of days, 1–3650')
		.max(3650, 'a whole number of days, 1–3650')
		.default(90),
	/**
	 * adapter-node's own settings, read here too so websockets see the client a proxy forwards the
	 * same way pages do. Set them only behind a proxy that overwrites the header.
	 */
	ADDRESS_HEADER: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9-]+$/, 'a header name, e.g. x-forwarded-for')
		.optional(),
	/**
	 * The server's secret for export pseudonyms and presenter logins; made once and kept in
	 * DATA_DIR/server.key unless given here (e.g. for several instances sharing one database).
	 */
	SERVER_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
	/**
	 * Host names the server answers for, comma-separated, besides IP addresses, localhost, this
	 * machine's name and those of PUBLIC_URL and ORIGIN. Anything else is refused (DNS rebinding).
	 */
	ALLOWED_HOSTS: z
		.string()
		.optional()
		.transform((list) =>
			(list ?? '')
				.split(',')
				.map((h) => h.trim())
				.filter(Boolean)
		)
		.pipe(z.array(z.string().regex(/^[A-Za-z0-9.-]+$/, 'host names, comma-separated'))),
	/** adapter-node's ORIGIN: the address the app is served from behind a proxy. */
	ORIGIN: z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' }).optional(),
	/** adapter-node's PROTOCOL_HEADER; server.js makes it x-forwarded-proto unless set. */
	PROTOCOL_HEADER: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9-]+$/, 'a header name, e.g. x-forwarded-proto')
		.optional(),
	/** Sessions one client (address) may start an hour; five times as many a day. */
	SESSIONS_PER_HOUR: z.coerce
		.number({ error: 'a whole number, 1–100000' })
		.int('a whole number, 1–100000')
		.min(1, 'a whole number, 1–100000')
		.max(100_000, 'a whole number, 1–100000')
		.default(20),
	/** For the browser tests only: pages expose their live socket as `window.__forsta`. */
	FORSTA_TEST_HOOKS: z
		.enum(['0', '1'])
		.default('0')
		.transform((v) => v === '1'),
	XFF_DEPTH: z.coerce
		.number({ error: 'a positive integer, 1–10' })
		.int('a positive integer, 1–10')
		.min(1, 'a positive integer, 1–10')
		.max(10, 'a positive integer, 1–10')
		.default(1)
});

export type Config = z.infer<typeof envSchema>;

/** Every setting this schema reads, for the docs' completeness test. */
export const SETTING_NAMES = Object.keys(envSchema.shape);

export const hostsOf = (config: Config) =>
	allowedHosts({
		allowedHosts: config.ALLOWED_HOSTS,
		publicUrl: config.PUBLIC_URL,
		origin: config.ORIGIN
	});

export const proxyOf = (config: Config) => ({
	addressHeader: config.ADDRESS_HEADER,
	xffDepth: config.XFF_DEPTH
});

/** Settings whose value is a secret or may hold one (a password in a URL): never echoed. */
const SECRET_SETTINGS = new Set([
	'PRESENTER_PASSWORD',
	'SERVER_SECRET',
	'DATABASE_URL',
	'REDIS_URL'
]);

/** `NAME: what it must be (got "value")`, the value shown only when it is no secret. */
function describeIssue(name: string, message: string, env: Record<string, string | undefined>) {
	const value = env[name];
	if (value === undefined || SECRET_SETTINGS.has(name)) return `${name}: ${message}`;
	const shown = value.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?').slice(0, 60);
	return `${name}: ${message} (got "${shown}${value.length > 60 ? '…' : ''}")`;
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		// Named by the variable, also for an issue inside a list it holds (ALLOWED_HOSTS.0).
		const lines = parsed.error.issues.map((i) => describeIssue(String(i.path[0]), i.message, env));
		throw new StartupError(`Invalid environment settings: ${lines.join('; ')}`);
	}
	return parsed.data;
}
