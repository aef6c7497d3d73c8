/** Environment settings, validated once. Everything has a default that works out of the box. */
import { z } from 'zod';

const envSchema = z.object({
	/** The address the server listens on; 127.0.0.1 or ::1 means no phone can reach it. */
	HOST: z.string().trim().min(1).default('0.0.0.0'),
	DATA_DIR: z.string().min(1).default('data'),
	DECKS_DIR: z.string().min(1).default('sessions'),
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
	RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90)
});

export type Config = z.infer<typeof envSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid environment settings:\n${lines.join('\n')}`);
	}
	return parsed.data;
}
