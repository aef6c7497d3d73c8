import { getApp } from '$lib/server/app';
import type { LayoutServerLoad } from './$types';

/** What every page needs: the language, and the out-of-hours number shown with the red flags. */
export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	outOfHoursPhone: getApp().config.OUT_OF_HOURS_PHONE ?? null
});
