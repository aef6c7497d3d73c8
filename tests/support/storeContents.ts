/** Everything a store returns about its sessions, for comparing a database before and after. */
import type { Store } from '../../src/lib/server/store/types';

/** `makeCode` makes a missing re-entry code; pass one that throws to prove none is missing. */
export async function storeContents(store: Store, makeCode: () => string) {
	const summaries = await store.listSessions();
	const participants = Object.fromEntries(
		await Promise.all(
			summaries.map(async (s) => [s.id, await store.listParticipants(s.id)] as const)
		)
	);
	const people = [...new Set(Object.values(participants).flatMap((list) => list.map((p) => p.id)))];
	const codes: Record<string, string> = {};
	for (const id of people) codes[id] = await store.reentryCode(id, makeCode);
	return {
		courses: await store.listCourses(),
		sessions: await Promise.all(summaries.map((s) => store.getSession(s.id))),
		summaries,
		participants,
		answers: Object.fromEntries(
			await Promise.all(summaries.map(async (s) => [s.id, await store.listAnswers(s.id)] as const))
		),
		codes
	};
}
