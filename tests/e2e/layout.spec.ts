/**
 * The layouts that matter in the room: the TV lobby fits the screen and reads from the back, and
 * the phone keeps large text, large targets and no sideways scrolling in every state, also with
 * the text at 200 % on a 320 px phone.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { layout } from '../support/audit';
import { connectPresenter, joinPhone, openScreen, startByApi } from '../support/e2e';
import { runTour } from '../support/tour';

/** The phone's text setting at 200 %, on every page the context opens. */
const LARGE_TEXT = `document.addEventListener('DOMContentLoaded', () => {
	const style = document.createElement('style');
	style.textContent = 'html { font-size: 200% !important; }';
	document.head.append(style);
});`;

type Phone = { page: Page; name: string; largeText: boolean };

async function newPhone(browser: Browser, width: number, largeText: boolean): Promise<Phone> {
	const context = await browser.newContext({
		viewport: { width, height: 740 },
		isMobile: true,
		hasTouch: true,
		locale: 'da-DK'
	});
	if (largeText) await context.addInitScript(LARGE_TEXT);
	const page = await context.newPage();
	return { page, name: `${width} px, text ${largeText ? '200' : '100'} %`, largeText };
}

/** Soft checks, so one run names every state and every element that fails. */
async function checkPhone({ page, name, largeText }: Phone, state: string) {
	const where = `${state}, ${name}`;
	if (largeText)
		expect
			.soft(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), where)
			.toBe('32px');
	const found = await layout(page);
	expect.soft(found.sideways, `sideways scrolling: ${where}`).toBe(0);
	expect.soft(found.outside, `past the edge: ${where}`).toEqual([]);
	expect.soft(found.smallTargets, `targets under 44 px: ${where}`).toEqual([]);
	if (!largeText) expect.soft(found.smallText, `text under 18 px: ${where}`).toEqual([]);
}

test('every phone state keeps text ≥ 18 px, targets ≥ 44 px and no sideways scrolling, at 390 and 320 px with text at 200 %', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(300_000);
	const session = await startByApi(baseURL!, 'laenderyg-full');
	const phones = [
		await newPhone(browser, 390, false),
		await newPhone(browser, 390, true),
		await newPhone(browser, 320, true)
	];
	for (const phone of phones) await joinPhone(phone.page, session.joinCode);
	await runTour({
		baseURL: baseURL!,
		joinCode: session.joinCode,
		presenter: await connectPresenter(baseURL!, session),
		phones: phones.map((p) => p.page),
		async visit(state) {
			for (const phone of phones) await checkPhone(phone, state);
		}
	});
	session.presenter.disconnect();
	for (const phone of phones) await phone.page.context().close();
});

test('the join page and an empty take-away hold at 320 px with text at 200 %, and at normal size', async ({
	browser
}) => {
	for (const phone of [await newPhone(browser, 390, false), await newPhone(browser, 320, true)]) {
		await phone.page.goto('/join');
		await checkPhone(phone, 'join');
		await phone.page.goto('/takeaway');
		await expect(phone.page.getByTestId('takeaway-code-input')).toBeVisible();
		await checkPhone(phone, 'take-away without a session');
		await phone.page.context().close();
	}
});

type Box = { top: number; bottom: number; left: number; right: number; inside: boolean };

/** An element's box, and whether it lies wholly inside the viewport. */
function box(page: Page, testId: string): Promise<Box> {
	return page.getByTestId(testId).evaluate((el) => {
		const { top, bottom, left, right } = el.getBoundingClientRect();
		const inside = top >= 0 && left >= 0 && bottom <= innerHeight && right <= innerWidth;
		return { top, bottom, left, right, inside };
	});
}

const fontPx = (page: Page, testId: string) =>
	page.getByTestId(testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`the TV lobby fits ${viewport.width}×${viewport.height}: QR beside the code, address and code readable from the back`, async ({
		browser,
		baseURL
	}) => {
		const session = await startByApi(baseURL!, 'laenderyg-full');
		const screen = await openScreen(browser, session, viewport);
		await expect(screen.getByTestId('qr').locator('svg')).toBeVisible();
		const scroll = await screen.evaluate(() => ({
			height: document.scrollingElement!.scrollHeight - innerHeight,
			width: document.scrollingElement!.scrollWidth - innerWidth
		}));
		expect(scroll).toEqual({ height: 0, width: 0 });
		const [qr, code, address] = await Promise.all(
			['qr', 'screen-code', 'join-url'].map((id) => box(screen, id))
		);
		for (const b of [qr!, code!, address!])
			expect(b, JSON.stringify(b)).toMatchObject({ inside: true });
		// Beside: the QR shares the code's rows, to its right.
		expect(qr!.left).toBeGreaterThanOrEqual(code!.right);
		expect(qr!.top).toBeLessThan(code!.bottom);
		expect(qr!.bottom).toBeGreaterThan(code!.top);
		// Sizes scale with the screen: 28 px of text on a 1080-line TV, the QR near half its height.
		const scale = viewport.height / 1080;
		expect(qr!.bottom - qr!.top).toBeGreaterThanOrEqual(viewport.height * 0.45);
		expect(await fontPx(screen, 'screen-code')).toBeGreaterThanOrEqual(120 * scale);
		for (const id of ['join-url', 'join-host', 'joined-count', 'join-heading'])
			expect(await fontPx(screen, id), id).toBeGreaterThanOrEqual(28 * scale);

		// During the slides the footer (code, number joined, slide n/N) is as readable.
		await session.command('slide:next');
		await expect(screen.getByTestId('screen')).toHaveAttribute('data-slide-index', '0');
		for (const part of await screen.locator('footer > *').all())
			expect(
				await part.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
				(await part.textContent()) ?? ''
			).toBeGreaterThanOrEqual(28 * scale);
		session.presenter.disconnect();
		await screen.context().close();
	});
}
