/** Environment settings, validated once. Everything has a default that works out of the box. */
import { z } from 'zod';
import { allowedHosts } from './hosts';
import { parsePgUrl } from './store/pg/url';
import { StartupError } from './startupError';

const envSchema = z.object({
	/** The address the server listens on; 127.0.0.1 or ::1 means no phone can reach it. */
	HOST: z.string().trim().min(1).default('0.0.0.0'),
	DATA_DIR: z.string().min(1).default('data'),
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
	DECKS_DIR: z.string().min(1).default('sessions'),
	/**
	 * redis://host:6379 when several instances serve one installation: broadcasts between them,
	 * who is online and the limits are shared through it. Unset, everything stays in this process.
	 */
	REDIS_URL: z
		.string()
		.trim()
		.optional()
		.transform((url) => url || undefined)
		.pipe(
			z
				.string()
				.regex(/^rediss?:\/\/\S+$/, 'a redis:// or rediss:// URL')
				.optional()
		),
	/** Where this installation's keys start in Redis, so installations sharing one stay apart. */
	REDIS_PREFIX: z
		.string()
		.regex(/^[A-Za-z0-9:_-]{1,64}$/, 'letters, digits, ":", "_" and "-", up to 64')
		.default('forsta'),
	/** The address phones use to join, e.g. http://192.168.1.20:3000 — when the default guess is wrong. */
	PUBLIC_URL: z.url().optional(),
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
	RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
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
	ORIGIN: z.url().optional(),
	/** Sessions one client (address) may start an hour; five times as many a day. */
	SESSIONS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
	/** For the browser tests only: pages expose their live socket as `window.__forsta`. */
	FORSTA_TEST_HOOKS: z
		.enum(['0', '1'])
		.default('0')
		.transform((v) => v === '1'),
	XFF_DEPTH: z.coerce.number().int().min(1, 'a positive integer').max(10).default(1)
});

export type Config = z.infer<typeof envSchema>;

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

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new StartupError(`Invalid environment settings: ${lines.join('; ')}`);
	}
	return parsed.data;
}
