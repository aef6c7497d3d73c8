/**
 * The one instance of the app's services in this process, shared by the routes and the realtime
 * layer. Kept on globalThis because dev mode may evaluate modules more than once.
 */
import { join, resolve } from 'node:path';
import { connectShared, type Shared } from './cluster/redis';
import { hostsOf, readConfig, type Config } from './config';
import { loadDeckLibrary, type DeckLibrary } from './decks';
import { createLimits, type Limits } from './limits';
import { PresenterLogins } from './presenterAuth';
import { derivedKey, loadServerKey } from './serverKey';
import { SessionService } from './sessions/service';
import { createSqliteStore } from './store/sqlite/store';

export type App = {
	config: Config;
	decks: DeckLibrary;
	sessions: SessionService;
	limits: Limits;
	logins: PresenterLogins;
	/** The server's secret for export pseudonyms (serverKey.ts). */
	pseudonymKey: Buffer;
	/** The host names pages and websockets answer for (hosts.ts). */
	hosts: Set<string>;
	/** Redis shared by the instances, with REDIS_URL (cluster/redis.ts). */
	shared?: Shared;
};

const KEY = Symbol.for('forsta.app');
const registry = globalThis as Record<symbol, App | undefined>;

export function getApp(): App {
	const existing = registry[KEY];
	if (existing) return existing;
	const config = readConfig();
	const dataDir = resolve(config.DATA_DIR);
	const store = createSqliteStore(join(dataDir, 'forsta.sqlite'));
	const serverKey = loadServerKey(dataDir, config.SERVER_SECRET);
	const shared = config.REDIS_URL
		? connectShared(config.REDIS_URL, config.REDIS_PREFIX)
		: undefined;
	const app: App = {
		shared,
		limits: createLimits({ sessionsPerHour: config.SESSIONS_PER_HOUR, shared }),
		logins: new PresenterLogins(
			store,
			derivedKey(serverKey, 'presenter-login'),
			config.PRESENTER_PASSWORD
		),
		pseudonymKey: derivedKey(serverKey, 'export-pseudonym'),
		hosts: hostsOf(config),
		config,
		decks: loadDeckLibrary(resolve(config.DECKS_DIR)),
		sessions: new SessionService(store)
	};
	registry[KEY] = app;
	startRetention(app);
	return app;
}

const HOUR = 3_600_000;

/** Deletes expired sessions at start-up and then every hour, for as long as the process runs. */
function startRetention(app: App): void {
	const purge = () =>
		Promise.all([app.sessions.deleteExpired(app.config.RETENTION_DAYS), app.logins.purge()]).then(
			([count]) =>
				count > 0 &&
				console.log(`Deleted ${count} session(s) older than ${app.config.RETENTION_DAYS} days`),
			(error: unknown) => console.error('Retention clean-up failed:', error)
		);
	void purge();
	setInterval(purge, HOUR).unref();
}
