/**
 * The retention job: expired sessions and logins deleted at start-up and then every hour, for as
 * long as the process runs. With several instances on one database one of them runs a round at a
 * time (Store.runExclusive); the others skip it.
 */
import type { PresenterLogins } from './presenterAuth';
import type { SessionService } from './sessions/service';

export type Retention = { sessions: SessionService; logins: PresenterLogins; days: number };

const HOUR = 3_600_000;

/** One round: the number of sessions deleted, or undefined when another holder is running it. */
export function retentionRound({ sessions, logins, days }: Retention): Promise<number | undefined> {
	return sessions.store.runExclusive('retention', async () => {
		const [count] = await Promise.all([sessions.deleteExpired(days), logins.purge()]);
		return count;
	});
}

export function startRetention(retention: Retention): void {
	const round = () =>
		retentionRound(retention).then(
			(count) =>
				count !== undefined &&
				count > 0 &&
				console.log(`Deleted ${count} session(s) older than ${retention.days} days`),
			(error: unknown) => console.error('Retention clean-up failed:', error)
		);
	void round();
	setInterval(round, HOUR).unref();
}
