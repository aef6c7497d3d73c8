import { expect, test, type Page } from '@playwright/test';
import { layout } from '../support/audit';
import { startByApi } from '../support/e2e';

const undersizedTargets = async (page: Page) => (await layout(page)).smallTargets;

test('the phone view reads at 320 px with text at 200 %, with big targets and no sideways scrolling', async ({
	browser,
	baseURL
}) => {
	const session = await startByApi(baseURL!);
	const context = await browser.newContext({
		viewport: { width: 320, height: 640 },
		isMobile: true,
		hasTouch: true,
		locale: 'da-DK'
	});
	const phone = await context.newPage();
	await phone.goto(`/s/${session.joinCode}`);
	await phone.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');

	expect((await session.command('slide:next')).ok).toBe(true);
	expect((await session.command('question:open', { questionId: 'smerte-i-dag' })).ok).toBe(true);
	await expect(phone.getByTestId('question')).toHaveAttribute('data-question-phase', 'open');
	await expect(phone.getByTestId('question').locator('button[data-value]')).toHaveCount(11);

	const overflow = await phone.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	expect(await undersizedTargets(phone)).toEqual([]);

	// At normal text size the slide text is at least 18 px.
	await phone.reload();
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	const bodySize = await phone
		.getByTestId('slide')
		.locator('.body p, .body li')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(bodySize).toBeGreaterThanOrEqual(18);
	expect(await undersizedTargets(phone)).toEqual([]);

	// Tapping answers without dragging, and the answer is confirmed as saved.
	await phone.getByTestId('question').locator('button[data-value="4"]').tap();
	await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	session.presenter.disconnect();
	await context.close();
});

test('the interface is Danish by default, English on request, and the choice sticks', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'da-DK' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Start hold' }).first()).toBeVisible();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('button', { name: 'Start session' }).first()).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start session' }).first()).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	// The switch also works as a plain link, before any script has run.
	const plain = await browser.newContext({ locale: 'da-DK', javaScriptEnabled: false });
	const plainPage = await plain.newPage();
	await plainPage.goto('/join');
	await expect(plainPage.getByRole('heading', { name: 'Vær med' })).toBeVisible();
	await plainPage.getByRole('link', { name: 'English' }).click();
	await expect(plainPage).toHaveURL(/\/join$/);
	await expect(plainPage.getByRole('heading', { name: 'Join' })).toBeVisible();
	await plain.close();

	const english = await browser.newContext({ locale: 'en-GB' });
	const englishPage = await english.newPage();
	await englishPage.goto('/join');
	await expect(englishPage.getByRole('heading', { name: 'Join' })).toBeVisible();
	await context.close();
	await english.close();
});
