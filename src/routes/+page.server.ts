import { getApp } from '$lib/server/app';
import { conditions } from '$lib/decks/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { decks, sessions } = getApp();
	const courses = (await sessions.store.listCourses()).map((c) => ({ id: c.id, name: c.name }));
	const summaries = decks.decks.map((d) => ({
		id: d.id,
		condition: d.condition,
		variant: d.variant,
		title: d.title,
		slides: d.slides.length,
		questions: d.slides.reduce((n, s) => n + s.questions.length, 0)
	}));
	const groups = conditions
		.map((condition) => ({ condition, decks: summaries.filter((d) => d.condition === condition) }))
		.filter((g) => g.decks.length > 0);
	const brokenFiles = new Set(decks.errors.map((e) => e.file)).size;
	return { groups, brokenFiles, courses };
};
