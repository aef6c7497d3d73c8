/**
 * The server's own secret, from which keys for one purpose each are derived (export pseudonyms,
 * presenter logins). It must outlive restarts, or pseudonyms would change between two exports of
 * one course: made once, kept beside the database, readable by this user only. A database copied
 * without it reveals neither participant ids behind pseudonyms nor anything about the password.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_KEY_FILE = 'server.key';

export function loadServerKey(dataDir: string, fromEnv?: string): Buffer {
	if (fromEnv) return Buffer.from(fromEnv, 'utf8');
	const file = join(dataDir, SERVER_KEY_FILE);
	try {
		return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	mkdirSync(dataDir, { recursive: true });
	const key = randomBytes(32).toString('base64url');
	// 'wx': two processes starting at once must not each write their own key.
	try {
		writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		return loadServerKey(dataDir);
	}
	return Buffer.from(key, 'base64url');
}

/** A key for one purpose, so no two uses of the server key can be played against each other. */
export function derivedKey(serverKey: Buffer, purpose: string): Buffer {
	return createHmac('sha256', serverKey).update(`forsta:${purpose}`).digest();
}

export function keyedHash(key: Buffer, value: string): string {
	return createHmac('sha256', key).update(value).digest('base64url');
}
