import { t } from '$lib/i18n/i18n.svelte';
import { downloadExport } from '$lib/presenterApi';

/** Downloads the session's answers; the message to show when that failed, or null. */
export async function exportAnswers(
	sessionId: string,
	presenterKey: string,
	format: 'csv' | 'json'
): Promise<string | null> {
	try {
		await downloadExport(sessionId, presenterKey, format);
		return null;
	} catch (e) {
		return t('export.failed', { message: e instanceof Error ? e.message : String(e) });
	}
}
