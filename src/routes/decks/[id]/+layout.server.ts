import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const deck = getApp().decks.get(params.id);
	if (!deck) error(404, 'no deck with that id');
	return { deck };
};
