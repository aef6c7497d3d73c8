/**
 * Who is online across instances: each instance keeps its own count (Presence) and lists its
 * participants in one Redis sorted set per session, scored by when the entry lapses. An instance
 * renews its entries while it runs, so a killed instance's phones drop out within TTL_MS; the
 * phones that reconnect elsewhere are listed again by their new instance at once.
 */
import { Presence, type Online } from '../realtime/presence';
import type { Shared } from './redis';

export const TTL_MS = 30_000;
const RENEW_MS = TTL_MS / 3;

export class SharedPresence implements Online {
	private readonly local = new Presence();
	private readonly timer: ReturnType<typeof setInterval>;

	constructor(private readonly shared: Shared) {
		this.timer = setInterval(() => void this.renew(), RENEW_MS);
		this.timer.unref();
	}

	private key = (sessionId: string) => `${this.shared.prefix}:online:${sessionId}`;
	private member = (participantId: string) => `${this.shared.instanceId}|${participantId}`;

	add(sessionId: string, participantId: string): void {
		this.local.add(sessionId, participantId);
		void this.list(sessionId, [participantId]);
	}

	remove(sessionId: string, participantId: string): void {
		if (!this.local.remove(sessionId, participantId)) return;
		this.shared.immediate
			.zrem(this.key(sessionId), this.member(participantId))
			.catch(() => undefined);
	}

	/** Every instance's participants whose entry has not lapsed, and always this instance's own. */
	async online(sessionId: string): Promise<ReadonlySet<string>> {
		const here = this.local.online(sessionId);
		try {
			const members = await this.shared.immediate.zrangebyscore(
				this.key(sessionId),
				Date.now(),
				'+inf'
			);
			return new Set([...here, ...members.map((m) => m.slice(m.indexOf('|') + 1))]);
		} catch {
			return here;
		}
	}

	/** Leaves the lists at once on a clean stop, rather than after TTL_MS. */
	async stop(): Promise<void> {
		clearInterval(this.timer);
		const batch = this.shared.immediate.multi();
		for (const [sessionId, people] of this.local.all())
			batch.zrem(this.key(sessionId), ...[...people].map(this.member));
		await batch.exec().catch(() => undefined);
	}

	private async list(sessionId: string, people: Iterable<string>): Promise<void> {
		const until = Date.now() + TTL_MS;
		const key = this.key(sessionId);
		const entries = [...people].flatMap((p) => [until, this.member(p)]);
		if (entries.length === 0) return;
		await this.shared.immediate
			.multi()
			.zadd(key, ...entries)
			// Lapsed entries go, and a session no one renews leaves no key behind.
			.zremrangebyscore(key, '-inf', Date.now())
			.pexpire(key, TTL_MS * 2)
			.exec()
			.catch(() => undefined);
	}

	private async renew(): Promise<void> {
		for (const [sessionId, people] of this.local.all()) await this.list(sessionId, people);
	}
}
