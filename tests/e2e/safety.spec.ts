import { expect, test } from '@playwright/test';
import { ack, connectPresenter, newPhone, openScreen, startSession } from '../support/e2e';

const danish = { locale: 'da-DK' };

test('a session ended without its red-flag slide: the console warns, and the TV and every phone show the red flags with the out-of-hours number', async ({
	browser
}) => {
	const started = await startSession(browser, 'nerverod-full', danish);
	const screen = await openScreen(browser, started);
	const phones = [
		await newPhone(browser, started.joinCode, danish),
		await newPhone(browser, started.joinCode, danish)
	];
	const console_ = started.console;
	await console_.getByTestId('next').click();
	await expect(console_.getByTestId('console')).toHaveAttribute('data-slide-index', '0');

	// Ending now would skip the red flags: the console says so and offers the slide.
	await console_.getByTestId('end-session').click();
	const warning = console_.getByTestId('end-safety-warning');
	await expect(warning).toBeVisible();
	await expect(warning.getByTestId('show-safety')).toHaveCount(1);
	await warning.getByTestId('end-anyway').click();

	for (const page of [screen, ...phones]) {
		const safety = page.getByTestId('closing-safety');
		await expect(safety).toBeVisible();
		await expect(safety).toContainText(/lægevagt/i);
		// Low back and neck: two blocks, each with the number under it.
		await expect(safety.locator('.safety')).toHaveCount(2);
		await expect(safety.getByTestId('out-of-hours')).toHaveText([
			'Ring til lægevagten på 1813.',
			'Ring til lægevagten på 1813.'
		]);
	}
	await expect(screen.getByTestId('screen-ended')).toBeVisible();
});

test('the warning shows the red-flag slide on request, and once it was shown the session ends without it', async ({
	browser
}) => {
	const started = await startSession(browser, 'nerverod-pixi', danish);
	const phone = await newPhone(browser, started.joinCode, danish);
	const console_ = started.console;
	await console_.getByTestId('next').click();
	await console_.getByTestId('end-session').click();
	await console_.getByTestId('end-safety-warning').getByTestId('show-safety').click();

	// The phone now shows the safety slide itself, with the number under the block.
	const onSlide = phone.getByTestId('slide').locator('.safety');
	await expect(onSlide.first()).toBeVisible();
	await expect(onSlide.first().getByTestId('out-of-hours')).toContainText('1813');

	console_.once('dialog', (dialog) => void dialog.accept());
	await console_.getByTestId('end-session').click();
	await expect(console_.getByTestId('end-safety-warning')).toHaveCount(0);
	await expect(phone.getByTestId('ended')).toBeVisible();
});

test('the printed handout carries the red flags with the out-of-hours number, and other safety advice without it', async ({
	page
}) => {
	await page.goto('/decks/nerverod-pixi/handout');
	const blocks = page.locator('.safety');
	await expect(blocks.first()).toContainText(/lægevagt/i);
	for (const block of await blocks.all())
		await expect(block.getByTestId('out-of-hours')).toHaveText('Ring til lægevagten på 1813.');

	// Osteoporosis advice is to see one's own doctor: no out-of-hours line is added to it.
	await page.goto('/decks/osteoporose-pixi/handout');
	await expect(page.locator('.safety').first()).toContainText(/læge/);
	await expect(page.getByTestId('out-of-hours')).toHaveCount(0);
});

test('a red-flag symptom ticked on a phone alerts the console with what to do', async ({
	browser,
	baseURL
}) => {
	const started = await startSession(browser, 'nerverod-full', danish);
	const phone = await newPhone(browser, started.joinCode, danish);
	const lead = await (await connectPresenter(baseURL!, started)).socket;
	expect((await ack(lead, 'slide:next', {})).ok).toBe(true);
	expect((await ack(lead, 'question:open', { questionId: 'hvad-maerker-du' })).ok).toBe(true);
	const question = phone.getByTestId('question');
	const urine = question.locator('[data-option]', { hasText: /urin/ });
	await urine.click();
	await phone.getByTestId('answer-send').click();
	await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');

	const console_ = started.console;
	await expect(console_.getByTestId('alerts')).toContainText('1');
	await expect(console_.getByTestId('alert-advice')).toContainText(/i enrum.*lægevagten i dag/);
	lead.disconnect();
});
