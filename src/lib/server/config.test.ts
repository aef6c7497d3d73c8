import { describe, expect, it } from 'vitest';
import { hostsOf, proxyOf, readConfig } from './config';
import { StartupError } from './startupError';

const refusal = (env: Record<string, string>) => {
	try {
		readConfig(env);
	} catch (error) {
		expect(error).toBeInstanceOf(StartupError);
		return (error as Error).message;
	}
	throw new Error('the settings were accepted');
};

describe('readConfig', () => {
	it('works out of the box with nothing set', () => {
		expect(readConfig({})).toEqual({
			PORT: 3000,
			HOST: '0.0.0.0',
			LOG_LEVEL: 'info',
			DRAIN_SECONDS: 2,
			DATA_DIR: 'data',
			DECKS_DIR: 'sessions',
			RETENTION_DAYS: 90,
			ALLOWED_HOSTS: [],
			SESSIONS_PER_HOUR: 20,
			FORSTA_TEST_HOOKS: false,
			REDIS_PREFIX: 'forsta',
			XFF_DEPTH: 1
		});
	});

	it('takes a Redis URL and prefix for several instances, and refuses anything else', () => {
		expect(
			readConfig({ REDIS_URL: 'redis://10.0.0.5:6379', REDIS_PREFIX: 'klinik-a' })
		).toMatchObject({ REDIS_URL: 'redis://10.0.0.5:6379', REDIS_PREFIX: 'klinik-a' });
		expect(() => readConfig({ REDIS_PREFIX: 'two words' })).toThrow(/REDIS_PREFIX/);
	});

	it('reads numbers, lists and switches from their text', () => {
		const config = readConfig({
			RETENTION_DAYS: '30',
			SESSIONS_PER_HOUR: '5',
			ALLOWED_HOSTS: ' forsta.klinik.dk , tv.local ,',
			FORSTA_TEST_HOOKS: '1',
			ADDRESS_HEADER: 'X-Forwarded-For',
			XFF_DEPTH: '2',
			OUT_OF_HOURS_PHONE: '+45 70 11 31 31'
		});
		expect(config).toMatchObject({
			RETENTION_DAYS: 30,
			SESSIONS_PER_HOUR: 5,
			ALLOWED_HOSTS: ['forsta.klinik.dk', 'tv.local'],
			FORSTA_TEST_HOOKS: true,
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: 2,
			OUT_OF_HOURS_PHONE: '+45 70 11 31 31'
		});
	});

	it('names every wrong setting in one sentence that stops the start', () => {
		const message = refusal({
			PRESENTER_PASSWORD: 'kort',
			RETENTION_DAYS: '0',
			PUBLIC_URL: 'ikke en adresse'
		});
		expect(message).toMatch(/^Invalid environment settings: /);
		expect(message).toContain('PRESENTER_PASSWORD: use at least 8 characters');
		expect(message).toMatch(/RETENTION_DAYS: /);
		expect(message).toMatch(/PUBLIC_URL: /);
	});

	it.each([
		['OUT_OF_HOURS_PHONE', 'ring 1813', 'a phone number'],
		['SERVER_SECRET', 'too-short', 'use at least 32 characters'],
		['ALLOWED_HOSTS', 'klinik.dk,evil.example/path', 'ALLOWED_HOSTS: host names, comma-separated'],
		['ADDRESS_HEADER', 'x forwarded', 'a header name'],
		['XFF_DEPTH', '0', 'a positive integer'],
		['FORSTA_TEST_HOOKS', 'yes', 'FORSTA_TEST_HOOKS'],
		['DATABASE_URL', 'mysql://db/forsta', 'DATABASE_URL: use a postgres:// or postgresql:// URL'],
		['DATABASE_URL', 'postgres://a b@/x', 'DATABASE_URL: not a valid URL'],
		['DATABASE_URL', 'postgres://db.example', 'DATABASE_URL: the URL names no database'],
		['DATABASE_URL', 'postgres://db/forsta?schema=Bad-Name', 'DATABASE_URL: schema "Bad-Name"'],
		['PORT', 'abc', 'PORT: a port number 1–65535 (0: any free port) (got "abc")'],
		['PORT', '65536', 'PORT: a port number'],
		['HOST', 'klinik laptop', 'HOST: an address to listen on'],
		['LOG_LEVEL', 'loud', 'LOG_LEVEL: one of fatal, error, warn, info, debug, trace, silent'],
		['DRAIN_SECONDS', '60', 'DRAIN_SECONDS: a number of seconds, 0–30 (got "60")'],
		['REDIS_URL', 'http://cache:6379', 'REDIS_URL: a redis:// or rediss:// address'],
		['ORIGIN', 'ftp://klinik.dk', 'ORIGIN: an http:// or https:// address'],
		['PROTOCOL_HEADER', 'x proto', 'PROTOCOL_HEADER: a header name']
	])('refuses %s=%s', (name, value, words) => {
		expect(refusal({ [name]: value })).toContain(words);
	});

	it('reads PORT, LOG_LEVEL and REDIS_URL', () => {
		expect(
			readConfig({ PORT: '8080', LOG_LEVEL: 'debug', REDIS_URL: 'rediss://cache.internal:6380' })
		).toMatchObject({ PORT: 8080, LOG_LEVEL: 'debug', REDIS_URL: 'rediss://cache.internal:6380' });
	});

	it('never repeats a secret it refuses', () => {
		const message = refusal({
			PRESENTER_PASSWORD: 'hemmel',
			SERVER_SECRET: 'kort-hemmelighed',
			REDIS_URL: 'ftp://user:adgangskode@cache'
		});
		for (const secret of ['hemmel', 'kort-hemmelighed', 'adgangskode']) {
			expect(message).not.toContain(secret);
		}
		expect(message).toContain('SERVER_SECRET: use at least 32 characters');
	});
});

describe('DATABASE_URL', () => {
	it('takes a PostgreSQL URL as given, and an empty one as unset', () => {
		const url = 'postgresql://forsta:hemmelig@db.example:5433/forsta?schema=klinik&sslmode=require';
		expect(readConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
		expect(readConfig({ DATABASE_URL: ' ' }).DATABASE_URL).toBeUndefined();
	});

	it('never repeats the password in its refusal', () => {
		expect(refusal({ DATABASE_URL: 'postgres://forsta:hemmelig@db.example' })).not.toContain(
			'hemmelig'
		);
	});
});

describe('hostsOf and proxyOf', () => {
	it("answer for ALLOWED_HOSTS, PUBLIC_URL's and ORIGIN's names", () => {
		const hosts = hostsOf(
			readConfig({
				ALLOWED_HOSTS: 'forsta.klinik.dk',
				PUBLIC_URL: 'http://192.168.1.20:3000',
				ORIGIN: 'https://Hold.Example.org'
			})
		);
		expect(hosts).toContain('forsta.klinik.dk');
		expect(hosts).toContain('192.168.1.20');
		expect(hosts).toContain('hold.example.org');
		expect(hosts).toContain('localhost');
	});

	it("pass the proxy's header and depth on to the socket layer", () => {
		expect(proxyOf(readConfig({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '3' }))).toEqual({
			addressHeader: 'x-forwarded-for',
			xffDepth: 3
		});
		expect(proxyOf(readConfig({}))).toEqual({ addressHeader: undefined, xffDepth: 1 });
	});
});
