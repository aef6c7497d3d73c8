import { devices, expect, test, type Page } from '@playwright/test';
import { countTransfer, kilobytes } from '../support/transfer';

/** A phone with an empty cache, as someone who scans the QR code for the first time. */
async function coldPhone(browser: import('@playwright/test').Browser): Promise<Page> {
	const context = await browser.newContext({ ...devices['Pixel 5'], locale: 'da-DK' });
	return context.newPage();
}

test('the join page loads in at most 40 KB on a cold phone', async ({ browser }) => {
	const phone = await coldPhone(browser);
	const read = await countTransfer(phone);
	await phone.goto('/join');
	await expect(phone.getByRole('heading', { name: 'Vær med' })).toBeVisible();
	await phone.waitForLoadState('networkidle');
	const load = read();
	console.log(`/join: ${kilobytes(load.bytes)} KB in ${load.requests} requests`);
	expect(load.bytes).toBeLessThanOrEqual(40 * 1024);
});
