/**
 * The one instance of the app's services in this process, shared by the routes and the realtime
 * layer. Kept on globalThis because dev mode may evaluate modules more than once.
 */
import { join, resolve } from 'node:path';
import { readConfig, type Config } from './config';
import { loadDeckLibrary, type DeckLibrary } from './decks';
import { createLimits, type Limits } from './limits';
import { SessionService } from './sessions';
import { createSqliteStore } from './store/sqlite';

export type App = { config: Config; decks: DeckLibrary; sessions: SessionService; limits: Limits };

const KEY = Symbol.for('forsta.app');
const registry = globalThis as unknown as Record<symbol, App | undefined>;

export function getApp(): App {
	const existing = registry[KEY];
	if (existing) return existing;
	const config = readConfig();
	const store = createSqliteStore(join(resolve(config.DATA_DIR), 'forsta.sqlite'));
	const app: App = {
		limits: createLimits(),
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
		app.sessions.deleteExpired(app.config.RETENTION_DAYS).then(
			(count) =>
				count > 0 &&
				console.log(`Deleted ${count} session(s) older than ${app.config.RETENTION_DAYS} days`),
			(error: unknown) => console.error('Retention clean-up failed:', error)
		);
	void purge();
	setInterval(purge, HOUR).unref();
}
