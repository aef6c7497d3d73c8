/**
 * One id per HTTP request and per socket connection, in every log line about it. An incoming
 * X-Request-Id (from the proxy) is kept only when it is a short, plain token; anything else could
 * smuggle text into the logs, so it is replaced by a fresh id.
 */
import { randomBytes } from 'node:crypto';

const SAFE = /^[A-Za-z0-9._:-]{1,64}$/;

export const newId = (): string => randomBytes(9).toString('base64url');

export function requestId(incoming: string | string[] | undefined): string {
	return typeof incoming === 'string' && SAFE.test(incoming) ? incoming : newId();
}
