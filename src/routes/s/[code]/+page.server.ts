import { joinCodeSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The QR target: joining needs no typing. An unknown or ended code gets a clear page. */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const { sessions, limits, config } = getApp();
	setHeaders({ 'cache-control': 'no-store' });
	const guessed = await limits.guess(
		'joinCode',
		locals.clientAddress,
		async () => {
			const code = joinCodeSchema.safeParse(params.code);
			return code.success ? await sessions.findByCode(code.data) : undefined;
		},
		(session) => !!session
	);
	if (guessed.limited)
		return { joinCode: params.code, status: 'tooMany' as const, wait: guessed.wait };
	const session = guessed.result;
	if (!session) return { joinCode: params.code, status: 'notFound' as const };
	if (session.record.state.phase === 'ended')
		return { joinCode: session.record.joinCode, status: 'ended' as const };
	return {
		joinCode: session.record.joinCode,
		status: 'live' as const,
		deckTitle: session.deck.title,
		retentionDays: config.RETENTION_DAYS
	};
};
