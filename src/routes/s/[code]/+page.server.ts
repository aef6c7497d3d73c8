import { joinCodeSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The QR target: joining needs no typing. An unknown or ended code gets a clear page. */
export const load: PageServerLoad = async ({ params, getClientAddress }) => {
	const { sessions, limits } = getApp();
	if ((await limits.guessWait(getClientAddress())) > 0)
		return { joinCode: params.code, status: 'tooMany' as const };
	const code = joinCodeSchema.safeParse(params.code);
	const session = code.success ? await sessions.findByCode(code.data) : undefined;
	if (!code.success || !session) {
		await limits.wrongGuess(getClientAddress());
		return { joinCode: params.code, status: 'notFound' as const };
	}
	if (session.record.state.phase === 'ended')
		return { joinCode: code.data, status: 'ended' as const };
	return {
		joinCode: code.data,
		status: 'live' as const,
		deckTitle: session.deck.title,
		retentionDays: getApp().config.RETENTION_DAYS
	};
};
