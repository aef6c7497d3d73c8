/**
 * axe-core with the WCAG 2.2 AA rules on every surface and every state a session goes through.
 * Each page and state is checked softly, so one run lists every violation at once.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/audit';
import { connectPresenter, joinPhone, openScreen, startFromLibrary } from '../support/e2e';
import { startServerProcess, stopServerProcess } from '../support/process';
import { runTour } from '../support/tour';

const deckIds = readdirSync('sessions')
	.filter((f) => f.endsWith('.md'))
	.map((f) => f.replace(/\.md$/, ''))
	.sort();

async function audit(page: Page, where: string) {
	expect.soft(await axeViolations(page), `axe: ${where} (${page.url()})`).toEqual([]);
}

test('the library, guide, deck previews, handouts, join, take-away and session list pass axe', async ({
	browser
}) => {
	const laptop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const started = await startFromLibrary(laptop);
	const page = await laptop.newPage();
	await page.goto('/');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await audit(page, 'library');
	await page.goto('/guide');
	await audit(page, 'guide');
	for (const id of deckIds) {
		await page.goto(`/decks/${id}`);
		await audit(page, `preview ${id}`);
	}
	for (const id of deckIds.filter((d) => d.endsWith('-pixi'))) {
		await page.goto(`/decks/${id}/handout`);
		await audit(page, `handout ${id}`);
	}
	await page.goto('/sessions');
	await expect(page.locator(`[data-session-id="${started.sessionId}"]`)).toBeVisible();
	await audit(page, 'sessions');
	await laptop.close();

	const phone = await (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
	await phone.goto('/join');
	await audit(phone, 'join');
	await phone.locator('#code').fill('000000');
	await phone.locator('form button[type=submit]').click();
	await expect(phone.getByRole('alert')).toBeVisible();
	await audit(phone, 'join, wrong code');
	await phone.goto('/takeaway');
	await expect(phone.getByTestId('takeaway-code-input')).toBeVisible();
	await audit(phone, 'take-away without a session');
	await phone.context().close();
});

test('the console, the screen, a phone and a paired remote pass axe in every state of a session', async ({
	browser,
	baseURL
}) => {
	// The tour now also runs an exercise and its check-in: four more states, audited on each page.
	test.setTimeout(420_000);
	const laptop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const started = await startFromLibrary(laptop);
	const { console: console_ } = started;
	const screen = await openScreen(browser, started);
	const phone = await (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
	await joinPhone(phone, started.joinCode);
	const presenter = await connectPresenter(baseURL!, started);

	await runTour({
		baseURL: baseURL!,
		joinCode: started.joinCode,
		presenter,
		phones: [phone],
		screen,
		console: console_,
		async visit(state) {
			if (state === 'slide') {
				await console_.getByTestId('add-question').locator('summary').click();
				await console_.getByTestId('remote-pair').click();
				const remote = await (await browser.newContext({ ...devices['iPhone 12'] })).newPage();
				await remote.goto((await console_.getByTestId('remote-url').textContent())!);
				await expect(remote.getByTestId('remote')).toHaveAttribute('data-ready', 'true');
				await audit(remote, 'remote');
				await remote.context().close();
			}
			if (state !== 'takeaway') {
				await audit(console_, `console, ${state}`);
				await audit(screen, `screen, ${state}`);
			}
			await audit(phone, `phone, ${state}`);
		}
	});
	presenter.socket.disconnect();
	await laptop.close();
	await screen.context().close();
	await phone.context().close();
});

test('the login page passes axe, also after a wrong password, and the right one lets the presenter in', async ({
	browser
}) => {
	const dataDir = mkdtempSync(join(tmpdir(), 'forsta-a11y-login-'));
	const server = await startServerProcess(dataDir, { PRESENTER_PASSWORD: 'fysio-hemmelig-42' });
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${server.url}/`);
		await expect(page).toHaveURL(/\/login/);
		await audit(page, 'login');
		await page.getByTestId('login-password').fill('forkert-kode');
		await page.getByTestId('login-password').press('Enter');
		await expect(page.getByRole('alert')).toBeVisible();
		await audit(page, 'login, wrong password');
		// The form works in a real browser, which sends its own Origin header with the post.
		await page.getByTestId('login-password').fill('fysio-hemmelig-42');
		await page.getByTestId('login-password').press('Enter');
		await expect(page.getByTestId('guide-link')).toBeVisible();
		await page.context().close();
	} finally {
		await stopServerProcess(server, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
});
