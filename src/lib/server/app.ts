/**
 * The one instance of the app's services in this process, shared by the routes and the realtime
 * layer. Kept on globalThis because dev mode may evaluate modules more than once.
 */
import { join, resolve } from 'node:path';
import { hostsOf, readConfig, type Config } from './config';
import { loadDeckLibrary, type DeckLibrary } from './decks';
import { createLimits, type Limits } from './limits';
import { log, setLogLevel } from './log';
import { Readiness, readinessChecks } from './ops/readiness';
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
	/** What /readyz reports (ops/readiness.ts). */
	readiness: Readiness;
};

const KEY = Symbol.for('forsta.app');
const registry = globalThis as Record<symbol, App | undefined>;

export function getApp(): App {
	const existing = registry[KEY];
	if (existing) return existing;
	const config = readConfig();
	setLogLevel(config.LOG_LEVEL);
	log.info({ node: process.version }, 'Forstå is starting');
	const dataDir = resolve(config.DATA_DIR);
	const store = createSqliteStore(join(dataDir, 'forsta.sqlite'));
	log.info({ store: 'sqlite', dataDir }, 'store opened');
	const serverKey = loadServerKey(dataDir, config.SERVER_SECRET);
	const app: App = {
		limits: createLimits({ sessionsPerHour: config.SESSIONS_PER_HOUR }),
		logins: new PresenterLogins(
			store,
			derivedKey(serverKey, 'presenter-login'),
			config.PRESENTER_PASSWORD
		),
		pseudonymKey: derivedKey(serverKey, 'export-pseudonym'),
		hosts: hostsOf(config),
		config,
		decks: loadDeckLibrary(resolve(config.DECKS_DIR), (line) => log.warn(line)),
		sessions: new SessionService(store),
		readiness: new Readiness(readinessChecks({ store }))
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
				log.info({ sessions: count, days: app.config.RETENTION_DAYS }, 'expired sessions deleted'),
			(err: unknown) => log.error({ err }, 'retention clean-up failed')
		);
	void purge();
	setInterval(purge, HOUR).unref();
}
