/**
 * The phone's own connection (the module every page uses), refused with `rate_limited`: it asks
 * again by itself after the wait the server named, instead of giving up.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LiveConnection } from '../../src/lib/realtime/connection.svelte';
import { createLimits } from '../../src/lib/server/limits';
import {
	connect,
	fixtureDeck,
	newParticipantId,
	removeDir,
	startServer,
	type TestServer
} from '../support/live';

let server: TestServer;
let conn: LiveConnection | undefined;
afterEach(async () => {
	conn?.close();
	await server.stop();
	removeDir(server.dir);
});

describe('a phone refused for too many wrong codes', () => {
	it('joins by itself once the wait is over', async () => {
		server = await startServer(undefined, Date.now, {
			limits: createLimits({
				budgets: { joinCode: { perWindow: 1, windowSeconds: 1, perDay: 100 } }
			})
		});
		const { session } = await server.sessions.create(fixtureDeck());
		const joinCode = session.record.joinCode;
		await expect(
			connect(server, {
				role: 'participant',
				joinCode: joinCode === '000000' ? '000001' : '000000',
				participantId: newParticipantId()
			})
		).rejects.toMatchObject({ code: 'not_found' });

		(globalThis as unknown as { location: URL }).location = new URL(server.url);
		conn = new LiveConnection({ role: 'participant', joinCode, participantId: newParticipantId() });
		const socket = conn.socket;
		const refusal = await new Promise<{ code?: string; retryAfter?: number }>((resolve) =>
			socket.once('connect_error', (error: Error & { data?: { code: string } }) =>
				resolve(error.data ?? {})
			)
		);
		expect(refusal).toMatchObject({ code: 'rate_limited', retryAfter: 1 });
		expect(conn.status).toBe('rejected');
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('the phone did not try again')), 5000);
			socket.once('connect', () => {
				clearTimeout(timer);
				resolve();
			});
		});
		expect(conn.status).toBe('online');
		expect(conn.rejection).toBeNull();
	});
});
