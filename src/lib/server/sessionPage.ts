/**
 * What a page about one session loads on the server: that the session exists, or a 404, and
 * where phones join it. Everything else arrives over the authenticated socket.
 */
import { error } from '@sveltejs/kit';
import { getApp } from './app';
import { joinTarget, type JoinTarget } from './joinUrl';
import type { LiveSession } from './sessions/session';

export async function sessionOr404(id: string): Promise<LiveSession> {
	const session = await getApp().sessions.get(id);
	if (!session) error(404, 'no such session');
	return session;
}

export function joinTargetFor(url: URL): JoinTarget {
	const { config } = getApp();
	return joinTarget(url, { publicUrl: config.PUBLIC_URL, host: config.HOST });
}
