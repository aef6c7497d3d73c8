/**
 * What /readyz asks before it says an instance may get clients: every dependency answers, and
 * the process is not draining for a shutdown. The dependencies are listed in `readinessChecks`
 * only; with REDIS_URL (several instances) the Redis check joins that list.
 */
import type { Shared } from '../cluster/redis';
import type { Store } from '../store/types';

export type ReadinessCheck = { name: string; check(): Promise<void> };

export type ReadinessReport =
	| { ready: true }
	| { ready: false; reason: 'draining' }
	| { ready: false; reason: 'unavailable'; failed: string[] };

/** A probe never waits longer than this for one dependency. */
export const CHECK_TIMEOUT_MS = 2000;

export function readinessChecks(deps: { store: Store; shared?: Shared }): ReadinessCheck[] {
	const { store, shared } = deps;
	return [
		{ name: 'database', check: () => store.ping() },
		...(shared ? [{ name: 'redis', check: () => shared.ping() }] : [])
	];
}

export class Readiness {
	private draining = false;

	constructor(private readonly checks: ReadinessCheck[]) {}

	/** For a dependency that comes up after the start (e.g. a Redis client). */
	add(check: ReadinessCheck): void {
		this.checks.push(check);
	}

	/** From SIGTERM on, the instance is not ready, whatever its dependencies say. */
	drain(): void {
		this.draining = true;
	}

	get isDraining(): boolean {
		return this.draining;
	}

	async report(): Promise<ReadinessReport> {
		if (this.draining) return { ready: false, reason: 'draining' };
		const results = await Promise.all(
			this.checks.map(async ({ name, check }) => ((await answers(check)) ? null : name))
		);
		const failed = results.filter((name) => name !== null);
		if (this.draining) return { ready: false, reason: 'draining' };
		return failed.length === 0 ? { ready: true } : { ready: false, reason: 'unavailable', failed };
	}
}

async function answers(check: () => Promise<void>): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
	});
	try {
		return await Promise.race([check().then(() => true as const), timeout]);
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}
