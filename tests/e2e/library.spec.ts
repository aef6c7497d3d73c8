import { readdirSync } from 'node:fs';
import { devices, expect, test } from '@playwright/test';
import { startFromLibrary } from '../support/e2e';

const deckIds = readdirSync('sessions')
	.filter((f) => f.endsWith('.md'))
	.map((f) => f.replace(/\.md$/, ''))
	.sort();

test('the library lists every condition and says that a broken deck was left out', async ({
	page
}) => {
	await page.goto('/');
	for (const condition of [
		'low-back-pain',
		'spinal-stenosis',
		'knee-hip-oa',
		'nerve-root',
		'osteoporosis'
	]) {
		await expect(page.locator(`[data-condition="${condition}"]`)).toBeVisible();
	}
	await expect(page.getByRole('status')).toContainText('1');
	// The five conditions, and the general test deck the end-to-end server adds.
	await expect(page.locator('[data-condition]')).toHaveCount(6);
});

for (const id of deckIds) {
	test(`deck ${id} opens with its notes, and its print view makes a clean A4 document`, async ({
		page
	}, info) => {
		await page.goto(`/decks/${id}`);
		const slides = page.getByTestId('preview-slide');
		expect(await slides.count()).toBeGreaterThan(8);
		await expect(slides.first().locator('h2')).toBeVisible();
		await expect(page.locator('.notes').first()).toBeVisible();
		// Every shipped deck has an exercise: its steps and adaptations can be read before class.
		const exercise = page.getByTestId('preview-exercise').first();
		await expect(exercise.locator('ol li').first()).toBeVisible();
		await expect(exercise.getByTestId('exercise-notes')).toContainText('Tilpasninger');

		await page.goto(`/decks/${id}/handout`);
		await expect(page.getByTestId('handout').locator('h1')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.screen-only')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await info.attach(`${id}-handout.pdf`, { body: pdf, contentType: 'application/pdf' });
	});
}

test('a session from the osteoporosis deck reaches its T-score slide on a phone', async ({
	browser
}) => {
	const laptop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const { console: console_, joinCode: code } = await startFromLibrary(laptop, 'osteoporose-full');

	const phoneContext = await browser.newContext({ ...devices['Pixel 5'] });
	const phone = await phoneContext.newPage();
	await phone.goto(`/s/${code}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');

	await console_
		.getByRole('navigation')
		.getByRole('button', { name: /T-score/i })
		.click();
	await expect(phone.getByTestId('slide')).toContainText(/T-score/i);
	const scale = phone.getByTestId('figure-t-score');
	await expect(scale).toBeVisible();
	await expect(scale).toContainText('Osteopeni');
	await expect(scale).toContainText('-2,5');
	await laptop.close();
	await phoneContext.close();
});

test('the preparation guide opens from the library and keeps its ticks', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('guide-link').click();
	await expect(page.getByTestId('guide').locator('h1')).toBeVisible();
	await expect(page.locator('#ressourcer fieldset')).toHaveCount(6);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	const first = page.locator('#ressourcer input[type=checkbox]').first();
	await first.check();
	await page.reload();
	await expect(page.locator('#ressourcer input[type=checkbox]').first()).toBeChecked();
});
