/**
 * Brakes against guessing and flooding. A six-digit join code, an eight-letter personal code and
 * the presenter password are short enough to type; a limit on wrong guesses per client is what
 * keeps them safe.
 *
 * A guess takes its point before it is evaluated, so a burst of concurrent requests (or requests
 * whose bodies arrive late) cannot all be checked against a limit that counts only afterwards. A
 * right guess gives its point back: only failures count, so a class behind one address is not
 * locked out by its own correct codes. Guesses in flight per client are capped as well.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { counters } from './cluster/limiter';
import type { Shared } from './cluster/redis';

export type GuessKind = 'joinCode' | 'personalCode' | 'password';

/** Wrong guesses per client: a short window sized for real people, a day's cap against sweeps. */
export type GuessBudget = { perWindow: number; windowSeconds: number; perDay: number };

/**
 * A class of 30 behind one address, each mistyping twice, stays well inside 100 per quarter of
 * an hour; one address then needs 2,000 days of its daily 500 to try every one of 10^6 codes.
 */
export const GUESS_BUDGETS: Record<GuessKind, GuessBudget> = {
	joinCode: { perWindow: 100, windowSeconds: 15 * 60, perDay: 500 },
	personalCode: { perWindow: 30, windowSeconds: 15 * 60, perDay: 200 },
	password: { perWindow: 10, windowSeconds: 15 * 60, perDay: 100 }
};
/** Sessions one client may start an hour (SESSIONS_PER_HOUR): a clinic's day is a handful. */
export const SESSIONS_PER_HOUR = 20;
const sessionBudget = (perHour: number): GuessBudget => ({
	perWindow: perHour,
	windowSeconds: 3600,
	perDay: perHour * 5
});
/** Evaluations of one kind under way for one client; more wait in a short queue. */
export const GUESSES_IN_FLIGHT = 8;
export const GUESS_QUEUE = 64;
export const EVENTS_PER_5_SECONDS = 40;
/** Participants one client may bring into one session: a class behind one NAT, with reloads. */
export const IDENTITIES_PER_SESSION = 80;

export type Guessed<T> = { limited: false; result: T } | { limited: true; wait: number };

export type Limits = {
	/**
	 * Runs one guess: takes a point (or answers `limited` with the seconds to wait), evaluates,
	 * and gives the point back when `right` says the guess was right.
	 */
	guess<T>(
		kind: GuessKind,
		client: string,
		evaluate: () => Promise<T>,
		right: (result: T) => boolean
	): Promise<Guessed<T>>;
	/** Takes one session start for the client; resolves to the seconds to wait, 0 when allowed. */
	startSession(client: string): Promise<number>;
	/**
	 * A participant new to the session, from this client; false past the cap. Fake participants
	 * from one address would otherwise outvote the three-answer threshold of a group.
	 */
	newIdentity(sessionId: string, client: string): Promise<boolean>;
	/** One inbound socket event; false when the socket sends faster than any person can. */
	event(socketId: string): Promise<boolean>;
};

export type LimitOptions = {
	budgets?: Partial<Record<GuessKind | 'session', GuessBudget>>;
	sessionsPerHour?: number;
	identitiesPerSession?: number;
	eventsPer5Seconds?: number;
	inFlight?: number;
	queue?: number;
	/**
	 * With several instances: guesses, session starts and identities count in Redis for all of
	 * them. A socket's event budget stays in memory: a socket lives on one instance.
	 */
	shared?: Shared;
};

const DAY = 86_400;

export function createLimits(options: LimitOptions = {}): Limits {
	const budgets = {
		...GUESS_BUDGETS,
		session: sessionBudget(options.sessionsPerHour ?? SESSIONS_PER_HOUR),
		...options.budgets
	};
	const counter = counters(options.shared);
	const windows = new Map(
		Object.entries(budgets).map(([kind, b]) => [
			kind,
			{
				short: counter(`${kind}:short`, b.perWindow, b.windowSeconds),
				day: counter(`${kind}:day`, b.perDay, DAY)
			}
		])
	);
	const events = new RateLimiterMemory({
		points: options.eventsPer5Seconds ?? EVENTS_PER_5_SECONDS,
		duration: 5
	});
	const identities = counter(
		'identities',
		options.identitiesPerSession ?? IDENTITIES_PER_SESSION,
		DAY
	);
	const gate = createGate(options.inFlight ?? GUESSES_IN_FLIGHT, options.queue ?? GUESS_QUEUE);

	/** Takes a point from both windows, or none: resolves to the seconds to wait, 0 when taken. */
	async function take(kind: GuessKind | 'session', client: string): Promise<number> {
		const { short, day } = windows.get(kind)!;
		const shortTaken = await short.consume(client).then(
			() => 0,
			(res: unknown) => secondsOf(res)
		);
		if (shortTaken > 0) return shortTaken;
		return day.consume(client).then(
			() => 0,
			async (res: unknown) => {
				await short.reward(client, 1);
				return secondsOf(res);
			}
		);
	}

	async function giveBack(kind: GuessKind, client: string): Promise<void> {
		const { short, day } = windows.get(kind)!;
		await Promise.all([short.reward(client, 1), day.reward(client, 1)]);
	}

	return {
		async guess(kind, client, evaluate, right) {
			const release = await gate.enter(`${kind}:${client}`);
			if (!release) return { limited: true, wait: 1 };
			try {
				const wait = await take(kind, client);
				if (wait > 0) return { limited: true, wait };
				const result = await evaluate().catch(async (error: unknown) => {
					await giveBack(kind, client);
					throw error;
				});
				if (right(result)) await giveBack(kind, client);
				return { limited: false, result };
			} finally {
				release();
			}
		},
		startSession: (client) => take('session', client),
		newIdentity: (sessionId, client) =>
			identities.consume(`${sessionId}|${client}`).then(
				() => true,
				(res: unknown) => {
					if (res instanceof RateLimiterRes) return false;
					throw res;
				}
			),
		async event(socketId) {
			try {
				await events.consume(socketId);
				return true;
			} catch {
				return false;
			}
		}
	};
}

function secondsOf(res: unknown): number {
	if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
	throw res;
}

/**
 * A counting gate per key: `limit` holders at once, `queue` more waiting in order, anyone past
 * that turned away (resolves to null). The holder must call the release function it got.
 */
function createGate(limit: number, queue: number) {
	const lanes = new Map<string, { holders: number; waiting: (() => void)[] }>();
	return {
		async enter(key: string): Promise<(() => void) | null> {
			let lane = lanes.get(key);
			if (!lane) lanes.set(key, (lane = { holders: 0, waiting: [] }));
			const entered = lane;
			if (entered.holders >= limit) {
				if (entered.waiting.length >= queue) return null;
				await new Promise<void>((resolve) => entered.waiting.push(resolve));
			} else entered.holders += 1;
			return () => {
				const next = entered.waiting.shift();
				if (next) return next();
				entered.holders -= 1;
				if (entered.holders === 0) lanes.delete(key);
			};
		}
	};
}
