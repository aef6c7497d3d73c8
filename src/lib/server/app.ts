/**
 * The one instance of the app's services in this process, shared by the routes and the realtime
 * layer. Kept on globalThis because dev mode may evaluate modules more than once. It is opened
 * once, asynchronously (the database may be a PostgreSQL server), by the server hook's `init`
 * before any request; from then on `getApp` hands it out.
 */
import { resolve } from 'node:path';
import { connectShared, type Shared } from './cluster/redis';
import { hostsOf, readConfig, type Config } from './config';
import { loadDeckLibrary, type DeckLibrary } from './decks';
import { createLimits, type Limits } from './limits';
import { log, setLogLevel } from './log';
import { Readiness, readinessChecks } from './ops/readiness';
import { PresenterLogins } from './presenterAuth';
import { startRetention } from './retention';
import { derivedKey, loadServerKey } from './serverKey';
import { SessionService } from './sessions/service';
import { openStore } from './store/open';

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
	/** What /readyz reports (ops/readiness.ts). */
	readiness: Readiness;
};

const KEY: unique symbol = Symbol.for('forsta.app');
const STARTING: unique symbol = Symbol.for('forsta.appStarting');
const registry: typeof globalThis & { [KEY]?: App; [STARTING]?: Promise<App> } = globalThis;

export function getApp(): App {
	const app = registry[KEY];
	if (!app) throw new Error('getApp() before startApp() has finished');
	return app;
}

/** Opens the app once; a failed start (a setting, the database) may be tried again. */
export function startApp(): Promise<App> {
	const app = registry[KEY];
	if (app) return Promise.resolve(app);
	registry[STARTING] ??= openApp().finally(() => delete registry[STARTING]);
	return registry[STARTING];
}

async function openApp(): Promise<App> {
	const config = readConfig();
	setLogLevel(config.LOG_LEVEL);
	log.info({ node: process.version }, 'Forstå is starting');
	const dataDir = resolve(config.DATA_DIR);
	const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir });
	log.info({ store: config.DATABASE_URL ? 'postgresql' : 'sqlite' }, 'store opened');
	const serverKey = loadServerKey(dataDir, config.SERVER_SECRET);
	const shared = config.REDIS_URL
		? connectShared(config.REDIS_URL, config.REDIS_PREFIX)
		: undefined;
	// Unreachable at start: each instance counts on its own until Redis answers (cluster/limiter.ts).
	if (shared && !(await shared.ready()))
		log.warn('Redis is not reachable yet; limits and who is online count per instance until it is');
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
		decks: loadDeckLibrary(resolve(config.DECKS_DIR), (line) => log.warn(line)),
		sessions: new SessionService(store),
		readiness: new Readiness(readinessChecks({ store, shared }))
	};
	registry[KEY] = app;
	startRetention({ sessions: app.sessions, logins: app.logins, days: config.RETENTION_DAYS });
	return app;
}
