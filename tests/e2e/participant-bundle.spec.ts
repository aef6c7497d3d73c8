import { devices, expect, test, type Page } from '@playwright/test';
import { da } from '../../src/lib/i18n/da';
import { en } from '../../src/lib/i18n/en';
import { startByApi } from '../support/e2e';

/** Every script a page loads, with its text, from a Danish phone with an empty cache. */
async function scriptsOf(page: Page, open: () => Promise<void>) {
	const scripts: { url: string; text: Promise<string> }[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			scripts.push({ url: response.url(), text: response.text() });
	});
	await open();
	await page.waitForLoadState('networkidle');
	return Promise.all(scripts.map(async ({ url, text }) => ({ url, text: await text })));
}

/** English messages long enough to be unmistakable, and not the same in Danish. */
const english = Object.entries(en)
	.filter(([key, text]) => text.length >= 24 && text !== da[key as keyof typeof da])
	.map(([, text]) => text);

for (const route of ['/s/CODE', '/join'] as const) {
	test(`${route} loads no zod and no English messages on a Danish phone`, async ({
		browser,
		baseURL
	}) => {
		const session = route === '/s/CODE' ? await startByApi(baseURL!) : null;
		await session?.command('slide:next');
		const context = await browser.newContext({ ...devices['Pixel 5'], locale: 'da-DK' });
		const page = await context.newPage();
		const scripts = await scriptsOf(page, async () => {
			await page.goto(session ? `/s/${session.joinCode}` : '/join');
			if (session)
				await expect(page.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
		});
		if (session) expect(scripts.length).toBeGreaterThan(3);
		expect(english.length).toBeGreaterThan(100);
		for (const { url, text } of scripts) {
			expect(text, `${url} has zod in it`).not.toMatch(/"\$ZodType"|"ZodError"/);
			const leaked = english.filter((message) => text.includes(message));
			expect(leaked, `${url} carries English`).toEqual([]);
		}
		// The page still speaks Danish, from the messages it did load.
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		session?.presenter.close();
		await context.close();
	});
}
