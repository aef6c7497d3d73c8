import {
	devices,
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { startFromLibrary } from '../support/e2e';

const phones = [devices['Pixel 5'], devices['iPhone SE'], devices['Galaxy S9+']];

/** Every request any page makes is recorded, to prove nothing leaves the app's own origin. */
function recordRequests(context: BrowserContext, seen: string[]) {
	context.on('request', (request) => seen.push(request.url()));
}

async function newPhone(browser: Browser, index: number, seen: string[]): Promise<Page> {
	const context = await browser.newContext({ ...phones[index] });
	recordRequests(context, seen);
	return context.newPage();
}

async function expectSlide(pages: Page[], index: number) {
	for (const page of pages) {
		await expect(page.locator('[data-slide-index]').first()).toHaveAttribute(
			'data-slide-index',
			String(index)
		);
	}
}

test('a presenter, an audience screen and three phones run a session together', async ({
	browser,
	baseURL
}) => {
	const requests: string[] = [];

	// The physiotherapist starts a session from the library.
	const presenterContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	recordRequests(presenterContext, requests);
	const started = await startFromLibrary(presenterContext);
	const { console: console_, joinCode, sessionId } = started;
	expect(joinCode).toMatch(/^\d{6}$/);

	// The audience screen runs in its own context, opened with the screen key from the console.
	const { screenKey } = started.keys;
	const screenContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	recordRequests(screenContext, requests);
	const screen = await screenContext.newPage();
	await screen.goto(`/screen/${sessionId}#k=${screenKey}`);
	await expect(screen.getByTestId('screen-code')).toHaveText(
		`${joinCode.slice(0, 3)} ${joinCode.slice(3)}`
	);
	await expect(screen.getByTestId('qr').locator('svg')).toBeVisible();
	const qrLink = (await screen.getByTestId('join-url').textContent())!;
	expect(qrLink).toBe(`${baseURL}/s/${joinCode}`);

	// Phone 1 types the code; phones 2 and 3 open the QR link and are in without typing.
	const [byCode, byQr, dropper] = await Promise.all(
		[0, 1, 2].map((i) => newPhone(browser, i, requests))
	);
	await byCode!.goto('/join');
	await byCode!.locator('#code').fill(`${joinCode.slice(0, 3)} ${joinCode.slice(3)}`);
	await byCode!.locator('form button[type=submit]').click();
	await expect(byCode!).toHaveURL(new RegExp(`/s/${joinCode}$`));
	for (const phone of [byQr!, dropper!]) await phone.goto(qrLink);
	const everyone = [byCode!, byQr!, dropper!];
	for (const phone of everyone)
		await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await expect(console_.locator('[data-testid=participant][data-online=true]')).toHaveCount(3);
	await expect(screen.getByTestId('joined-count')).toContainText('3');

	// Three slide changes, by key and by button; every phone and the screen follow.
	await console_.keyboard.press('ArrowRight');
	await expectSlide([...everyone, screen, console_], 0);
	await console_.getByTestId('next').click();
	await expectSlide([...everyone, screen], 1);
	await console_.getByTestId('next').click();
	await expectSlide([...everyone, screen], 2);

	// Back to the first slide through the outline, and the pain question is opened.
	await console_.getByRole('navigation').getByRole('button', { name: /^1\. / }).click();
	await expectSlide([...everyone, screen], 0);
	const question = console_.getByTestId('question-smerte-i-dag');
	await question.getByRole('button', { name: /open/i }).click();
	await expect(question).toHaveAttribute('data-phase', 'open');

	const values = [2, 7, 7];
	for (const [i, phone] of everyone.entries()) {
		await expect(phone.getByTestId('question')).toHaveAttribute('data-question-phase', 'open');
		await phone.getByTestId('question').locator(`button[data-value="${values[i]}"]`).click();
		await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	}
	await expect(question.getByTestId('answer-count')).toContainText('3');

	// Nothing is shown to the room before the reveal.
	await expect(screen.getByTestId('screen-results')).toHaveCount(0);
	await question.getByRole('button', { name: /reveal/i }).click();
	const chart = screen.getByTestId('screen-results');
	await expect(chart.locator('li[data-value="7"]')).toHaveAttribute('data-count', '2');
	await expect(chart.locator('li[data-value="2"]')).toHaveAttribute('data-count', '1');
	await expect(chart.locator('li[data-value="5"]')).toHaveAttribute('data-count', '0');
	await expect(chart.getByTestId('results-total')).toContainText('3');
	await expect(chart.getByTestId('results-median')).toContainText('7');
	for (const phone of everyone) await expect(phone.getByTestId('my-results')).toBeVisible();
	await expect(byQr!.getByTestId('my-results').locator('li.mine')).toHaveAttribute(
		'data-value',
		'7'
	);

	// A reload brings back the same state: slide, revealed question, own answer and results.
	await byQr!.reload();
	await expect(byQr!.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await expectSlide([byQr!], 0);
	await expect(byQr!.getByTestId('question')).toHaveAttribute('data-question-phase', 'revealed');
	await expect(byQr!.getByTestId('my-answer')).toHaveAttribute('data-value', '7');
	await expect(byQr!.getByTestId('my-results').locator('li.mine')).toHaveAttribute(
		'data-value',
		'7'
	);

	// A dropped connection: the slide moves on while the phone is away; it comes back on it.
	await dropper!.evaluate(() => {
		const w = window as unknown as { __forsta: { socket: { io: { engine: { close(): void } } } } };
		w.__forsta.socket.io.engine.close();
	});
	await console_.getByTestId('next').click();
	await expectSlide([byCode!, byQr!, screen], 1);
	await expect(dropper!.getByTestId('connection')).toHaveAttribute('data-status', 'online');
	await expectSlide([dropper!], 1);
	await expect(console_.locator('[data-testid=participant][data-online=true]')).toHaveCount(3);

	// The pages talked to no host but the app's own.
	const foreign = requests.filter(
		(url) =>
			!url.startsWith(baseURL!) && !url.startsWith('ws://127.0.0.1') && !url.startsWith('data:')
	);
	expect(foreign).toEqual([]);
});

test('a wrong join code gets a clear message and a way to try again', async ({ page }) => {
	await page.goto('/join');
	await page.locator('#code').fill('000000');
	await page.locator('form button[type=submit]').click();
	await expect(page.getByRole('alert')).toContainText(/no session with that code/i);
	await page.goto('/s/000000');
	await expect(page.getByRole('alert')).toContainText(/no session with that code/i);
});

test('a code typed while the join page loads is kept and sent: the page has no script to wipe it', async ({
	page
}) => {
	// The page's files are held back until the code has been typed, as on a slow phone.
	let release = () => {};
	const typed = new Promise<void>((resolve) => (release = resolve));
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.route('**/_app/immutable/**', async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto('/join', { waitUntil: 'commit' });
	await page.locator('#code').fill('000 000');
	release();
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
	await expect(page.locator('#code')).toHaveValue('000 000');
	await page.locator('form button[type=submit]').click();
	await expect(page.getByRole('alert')).toContainText(/no session with that code/i);
});
