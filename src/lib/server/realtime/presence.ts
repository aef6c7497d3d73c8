/** Which participants have at least one connected socket, per session (this process only). */
export class Presence {
	private sockets = new Map<string, Map<string, number>>();

	add(sessionId: string, participantId: string): void {
		const session = this.sockets.get(sessionId) ?? new Map<string, number>();
		session.set(participantId, (session.get(participantId) ?? 0) + 1);
		this.sockets.set(sessionId, session);
	}

	/** True when that was the participant's last socket here. */
	remove(sessionId: string, participantId: string): boolean {
		const session = this.sockets.get(sessionId);
		const count = session?.get(participantId) ?? 0;
		if (!session) return false;
		if (count <= 1) session.delete(participantId);
		else session.set(participantId, count - 1);
		if (session.size === 0) this.sockets.delete(sessionId);
		return count === 1;
	}

	online(sessionId: string): ReadonlySet<string> {
		return new Set(this.sockets.get(sessionId)?.keys() ?? []);
	}

	/** Every session with someone online here, with who. */
	*all(): Iterable<[string, ReadonlySet<string>]> {
		for (const [sessionId, people] of this.sockets) yield [sessionId, new Set(people.keys())];
	}
}

/** Who is online: this process's Presence alone, or every instance's (cluster/presence.ts). */
export type Online = {
	add(sessionId: string, participantId: string): void | Promise<void>;
	remove(sessionId: string, participantId: string): boolean | Promise<void>;
	online(sessionId: string): ReadonlySet<string> | Promise<ReadonlySet<string>>;
	stop?(): Promise<void>;
};
