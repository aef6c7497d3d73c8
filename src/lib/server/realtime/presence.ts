/** Which participants have at least one connected socket, per session (this process only). */
export class Presence {
	private sockets = new Map<string, Map<string, number>>();

	add(sessionId: string, participantId: string): void {
		const session = this.sockets.get(sessionId) ?? new Map<string, number>();
		session.set(participantId, (session.get(participantId) ?? 0) + 1);
		this.sockets.set(sessionId, session);
	}

	remove(sessionId: string, participantId: string): void {
		const session = this.sockets.get(sessionId);
		const count = session?.get(participantId) ?? 0;
		if (!session) return;
		if (count <= 1) session.delete(participantId);
		else session.set(participantId, count - 1);
		if (session.size === 0) this.sockets.delete(sessionId);
	}

	online(sessionId: string): ReadonlySet<string> {
		return new Set(this.sockets.get(sessionId)?.keys() ?? []);
	}
}
