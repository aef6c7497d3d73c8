/**
 * Brakes against guessing and flooding. A six-digit join code and an eight-letter personal code
 * are short enough to read aloud; a limit on wrong guesses per address is what keeps them safe.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';

export type Limits = {
	/** Resolves to the seconds to wait when this address has guessed wrong too often, else 0. */
	guessWait(address: string): Promise<number>;
	/** Counts a wrong join code or personal code against the address. */
	wrongGuess(address: string): Promise<void>;
	/** One inbound socket event; false when the socket sends faster than any person can. */
	event(socketId: string): Promise<boolean>;
};

export const WRONG_GUESSES_PER_MINUTE = 10;
export const EVENTS_PER_5_SECONDS = 40;

export function createLimits({
	guessesPerMinute = WRONG_GUESSES_PER_MINUTE,
	eventsPer5Seconds = EVENTS_PER_5_SECONDS
} = {}): Limits {
	const guesses = new RateLimiterMemory({ points: guessesPerMinute, duration: 60 });
	const events = new RateLimiterMemory({ points: eventsPer5Seconds, duration: 5 });
	return {
		async guessWait(address) {
			const used = await guesses.get(address);
			return used && used.consumedPoints >= guessesPerMinute
				? Math.ceil(used.msBeforeNext / 1000)
				: 0;
		},
		async wrongGuess(address) {
			await guesses.penalty(address, 1);
		},
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
