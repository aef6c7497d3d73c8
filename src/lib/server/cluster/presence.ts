/**
 * Who is online across instances: each instance keeps its own count (Presence) and lists its
 * participants in one Redis sorted set per session, scored by when the entry lapses. An instance
 * renews its entries while it runs, so a killed instance's phones drop out within TTL_MS; the
 * phones that reconnect elsewhere are listed again by their new instance at once.
 */
import { Presence, type Online } from '../realtime/presence';
import type { Shared } from './redis';

export const TTL_MS = 30_000;

export class SharedPresence implements Online {
	private readonly local = new Presence();
	private readonly timer: ReturnType<typeof setInterval>;

	constructor(
		private readonly shared: Shared,
		private readonly ttlMs = TTL_MS,
		private readonly now: () => number = Date.now
	) {
		this.timer = setInterval(() => void this.renew(), ttlMs / 3);
		this.timer.unref();
	}

	private key = (sessionId: string) => `${this.shared.prefix}:online:${sessionId}`;
	private member = (participantId: string) => `${this.shared.instanceId}|${participantId}`;

	/** Resolves once Redis has the entry (or could not be reached); callers need not wait. */
	add(sessionId: string, participantId: string): Promise<void> {
		this.local.add(sessionId, participantId);
		return this.list(sessionId, [participantId]);
	}

	async remove(sessionId: string, participantId: string): Promise<void> {
		if (!this.local.remove(sessionId, participantId)) return;
		await this.shared.immediate.zrem(this.key(sessionId), this.member(participantId)).then(
			() => undefined,
			() => undefined
		);
	}

	/** Every instance's participants whose entry has not lapsed, and always this instance's own. */
	async online(sessionId: string): Promise<ReadonlySet<string>> {
		const here = this.local.online(sessionId);
		try {
			const members = await this.shared.immediate.zrangebyscore(
				this.key(sessionId),
				this.now(),
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
		const until = this.now() + this.ttlMs;
		const key = this.key(sessionId);
		const entries = [...people].flatMap((p) => [until, this.member(p)]);
		if (entries.length === 0) return;
		await this.shared.immediate
			.multi()
			.zadd(key, ...entries)
			// Lapsed entries go, and a session no one renews leaves no key behind.
			.zremrangebyscore(key, '-inf', this.now())
			.pexpire(key, this.ttlMs * 2)
			.exec()
			.catch(() => undefined);
	}

	/** Renews this instance's entries (on a timer, a third of the lapse time apart). */
	async renew(): Promise<void> {
		for (const [sessionId, people] of this.local.all()) await this.list(sessionId, people);
	}
}
