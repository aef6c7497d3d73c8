import { devices, expect, test, type Page } from '@playwright/test';
import { startByApi } from '../support/e2e';
import { countTransfer, kilobytes } from '../support/transfer';

/** A phone with an empty cache, as someone who scans the QR code for the first time. */
async function coldPhone(browser: import('@playwright/test').Browser): Promise<Page> {
	const context = await browser.newContext({ ...devices['Pixel 5'], locale: 'da-DK' });
	return context.newPage();
}

/** Everything the first load fetched, once the page has settled and the network is quiet. */
async function settled(
	page: Page,
	read: () => ReturnType<Awaited<ReturnType<typeof countTransfer>>>
) {
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await page.waitForLoadState('networkidle');
	return read();
}

test('the participant page loads in at most 60 KB on a cold phone', async ({
	browser,
	baseURL
}) => {
	const session = await startByApi(baseURL!);
	await session.command('slide:next');
	const phone = await coldPhone(browser);
	const read = await countTransfer(phone);
	await phone.goto(`/s/${session.joinCode}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	const load = await settled(phone, read);

	console.log(`/s/CODE: ${kilobytes(load.bytes)} KB in ${load.requests} requests`);
	expect(load.bytes).toBeLessThanOrEqual(60 * 1024);
	session.presenter.close();
});

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
