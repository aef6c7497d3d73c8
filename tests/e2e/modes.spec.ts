import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { startFromLibrary } from '../support/e2e';

async function startSession(
	browser: Browser,
	mode: 'group' | 'individual' | 'video'
): Promise<Page> {
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const { console: console_ } = await startFromLibrary(laptop, 'laenderyg-full', (library) =>
		library.getByTestId(`mode-low-back-pain-${mode}`).check()
	);
	await expect(console_.getByTestId('mode-select')).toHaveValue(mode);
	return console_;
}

test("one patient on the physiotherapist's device: hand over, answer the pain profile, hand back", async ({
	browser
}) => {
	const console_ = await startSession(browser, 'individual');
	await console_.keyboard.press('ArrowRight');
	await console_.getByTestId('add-question').locator('summary').click();
	await console_.getByTestId('add-template').selectOption('baseline');
	await console_.getByTestId('add-submit').click();

	await console_.getByTestId('handover-open').click();
	const patient = console_.frameLocator('[data-testid=handover-frame]');
	await expect(patient.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	const form = patient.getByTestId('answer-input');
	await expect(form).toHaveAttribute('data-type', 'questionnaire');
	const values = [4, 6, 2, 5, 3, 7];
	for (const [i, value] of values.entries()) {
		await form.locator(`button[data-value="${value}"]`).click();
		await expect(patient.getByTestId('questionnaire-progress')).toHaveAttribute(
			'data-done',
			String(i + 1)
		);
	}
	await expect(patient.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	// The patient's page covers the whole window: notes and other answers are out of sight.
	const cover = (await console_.getByTestId('handover').boundingBox())!;
	expect(cover).toMatchObject({ x: 0, y: 0, width: 1400, height: 1000 });
	await expect(console_.getByTestId('handover')).toBeInViewport({ ratio: 1 });
	await console_.getByTestId('handover-close').click();

	await expect(console_.getByTestId('responses')).toContainText('4 / 6 / 2 / 5 / 3 / 7');
	await console_.getByTestId('question-added-1').getByRole('button', { name: 'Reveal' }).click();
	// One patient sees their own results at once; there is no group to wait for.
	await console_.getByTestId('handover-open').click();
	await expect(patient.getByTestId('my-results')).toContainText(/Your answers/);
	await console_.context().close();
});

test('a video session: a participant at home follows the slides and answers without an audience screen', async ({
	browser
}) => {
	const console_ = await startSession(browser, 'video');
	await expect(console_.getByTestId('copy-link')).toBeVisible();
	const link = (await console_.getByTestId('join-url').textContent())!;

	const home = await (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
	await home.goto(link);
	await expect(home.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await console_.getByTestId('next').click();
	await expect(home.getByTestId('participant')).toHaveAttribute('data-slide-index', '0');
	await console_.getByTestId('question-smerte-i-dag').getByRole('button', { name: 'Open' }).click();
	await home.getByTestId('answer-input').locator('button[data-value="4"]').click();
	await expect(home.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	// At home the slide comes first, above the question.
	const slideTop = (await home.getByTestId('slide').boundingBox())!.y;
	const questionTop = (await home.getByTestId('question').boundingBox())!.y;
	expect(slideTop).toBeLessThan(questionTop);
	await expect(
		console_.getByTestId('question-smerte-i-dag').getByTestId('answer-count')
	).toContainText('1');
	await console_.getByTestId('next').click();
	await expect(home.getByTestId('participant')).toHaveAttribute('data-slide-index', '1');
	await home.context().close();
	await console_.context().close();
});

test('a phone pairs as a remote, drives two slides, is revoked and can no longer drive', async ({
	browser
}) => {
	const console_ = await startSession(browser, 'group');
	await console_.getByTestId('remote-pair').click();
	const pairUrl = (await console_.getByTestId('remote-url').textContent())!;
	expect(pairUrl).toMatch(/\/remote\/[^#]+#p=/);

	const phone = await (await browser.newContext({ ...devices['iPhone 12'] })).newPage();
	await phone.goto(pairUrl);
	await expect(phone.getByTestId('remote')).toHaveAttribute('data-ready', 'true');
	await expect(console_.getByTestId('remote-panel')).toHaveAttribute('data-paired', 'true');
	expect(phone.url()).not.toContain('#p=');

	await phone.getByTestId('remote-next').click();
	await expect(console_.getByTestId('console')).toHaveAttribute('data-slide-index', '0');
	await phone.getByTestId('remote-next').click();
	await expect(console_.getByTestId('console')).toHaveAttribute('data-slide-index', '1');
	await expect(phone.getByTestId('remote')).toHaveAttribute('data-slide-index', '1');

	await console_.getByTestId('remote-revoke').click();
	await expect(phone.getByTestId('remote-refused')).toBeVisible();
	await expect(phone.getByTestId('remote-next')).toHaveCount(0);
	// Reloading the page does not bring control back either.
	await phone.reload();
	await expect(phone.getByTestId('remote-refused')).toBeVisible();
	await expect(console_.getByTestId('console')).toHaveAttribute('data-slide-index', '1');
	await expect(console_.getByTestId('remote-panel')).toHaveAttribute('data-paired', 'false');
	await phone.context().close();
	await console_.context().close();
});

test('the session list shows each session and deletes one at once, with its answers', async ({
	browser
}) => {
	const console_ = await startSession(browser, 'video');
	const sessionId = new URL(console_.url()).pathname.split('/').pop()!;
	const code = (await console_.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	const home = await (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
	await home.goto(`/s/${code}`);
	await expect(home.getByTestId('participant')).toHaveAttribute('data-joined', 'true');

	const list = await console_.context().newPage();
	await list.goto('/sessions');
	const row = list.locator(`[data-testid=session-row][data-session-id="${sessionId}"]`);
	await expect(row).toContainText('Video');
	await expect(row.locator('td').nth(3)).toHaveText('1');
	await expect(list.locator('html[data-hydrated]')).toBeAttached();
	list.once('dialog', (dialog) => void dialog.accept());
	await row.getByTestId('session-delete').click();
	await expect(row).toHaveCount(0);
	// The phone learns at once that there is no such session any more.
	await expect(home.getByRole('alert')).toContainText(/no session with that code/i);
	await home.context().close();
	await console_.context().close();
});
