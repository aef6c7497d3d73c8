import { joinCodeSchema } from '$lib/protocol';
import { getApp } from '$lib/server/app';
import { publicState } from '$lib/server/realtime/publish';
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
	// What a phone on a slow link shows before its socket connects: the slide as every phone
	// sees it (the public state, without a question, answers or results), not a "connecting".
	const { phase, mode, deckTitle, deckLanguage, slideIndex, slideCount, slide } = publicState(
		session,
		[],
		0,
		Date.now()
	);
	return {
		joinCode: session.record.joinCode,
		status: 'live' as const,
		deckTitle: session.deck.title,
		retentionDays: config.RETENTION_DAYS,
		preview: { phase, mode, deckTitle, deckLanguage, slideIndex, slideCount, slide }
	};
};
