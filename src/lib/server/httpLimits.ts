/** Guessing endpoints over HTTP: the limit's point is taken before the body is even read. */
import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { getApp } from './app';
import type { GuessKind } from './limits';

/** How an HTTP endpoint says that a client must wait: 429 with the seconds in Retry-After. */
export function tooMany(wait: number, what = 'too many wrong codes'): Response {
	return json(
		{ message: `${what}; try again in ${wait} seconds`, code: 'rate_limited', wait },
		{ status: 429, headers: { 'retry-after': String(wait), 'cache-control': 'no-store' } }
	);
}

export type JsonGuess<B, T> = Response | 'invalid' | { body: B; found: T | undefined };

/**
 * One guess with a JSON body. `evaluate` resolves to what the credential opens, or undefined
 * for a wrong guess (the only kind that counts). A 429 comes back as a ready Response.
 */
export async function guessJson<S extends z.ZodType, T>(
	kind: GuessKind,
	client: string,
	request: Request,
	schema: S,
	evaluate: (body: z.infer<S>) => Promise<T | undefined>
): Promise<JsonGuess<z.infer<S>, T>> {
	const guessed = await getApp().limits.guess(
		kind,
		client,
		async () => {
			const parsed = schema.safeParse(await request.json().catch(() => null));
			if (!parsed.success) return 'invalid' as const;
			return { body: parsed.data, found: await evaluate(parsed.data) };
		},
		(r) => r === 'invalid' || r.found !== undefined
	);
	return guessed.limited ? tooMany(guessed.wait) : guessed.result;
}
