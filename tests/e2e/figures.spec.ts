/**
 * Every built-in picture, reached the way a class reaches it: a session started from the
 * library, the presenter moving to the slide. On two TVs and two phones each picture exposes its
 * text alternative, stays inside the width of the page, keeps the slide's type size on a phone,
 * and on the TV fits on the screen beside the text (nobody scrolls a TV).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { parseDeck } from '../../src/lib/decks/parse';
import { catalogue } from '../../src/lib/i18n/messages';
import { ack, connectPresenter, newPhone, openScreen, startSession } from '../support/e2e';
import { labelKey } from '../support/figures';

const danish = { locale: 'da-DK' };
const decks = readdirSync('sessions')
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const result = parseDeck(f, readFileSync(join('sessions', f)));
		if (!result.ok) throw new Error(`${f} does not parse`);
		return result.deck;
	});

/** Sideways overflow of the page, and of any part of the picture beyond the picture itself. */
async function measure(page: Page, testId: string) {
	return page.evaluate((id) => {
		const figure = document.querySelector(`[data-testid="${id}"]`)!;
		const box = figure.getBoundingClientRect();
		const parts = [...figure.querySelectorAll('*')]
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.width > 0 && r.height > 0);
		const slideFont = parseFloat(getComputedStyle(figure.closest('.slide')!).fontSize);
		const texts = [...figure.querySelectorAll('*')].filter(
			(el) =>
				!el.closest('svg') &&
				[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '')
		);
		const svgTexts = [...figure.querySelectorAll('svg text')];
		return {
			pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			partsOverflow: Math.max(0, ...parts.map((r) => r.right - box.right)),
			partsUnderflow: Math.max(0, ...parts.map((r) => box.left - r.left)),
			right: box.right,
			bottom: box.bottom,
			slideFont,
			smallestText: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
			smallestSvgText: Math.min(...svgTexts.map((el) => el.getBoundingClientRect().height))
		};
	}, testId);
}

for (const deck of decks) {
	const slides = deck.slides.flatMap((slide, index) =>
		slide.figure ? [{ index, id: slide.id, figure: slide.figure }] : []
	);
	if (slides.length === 0) continue;

	test(`${deck.id}: every picture on two TVs and two phones`, async ({
		browser,
		baseURL
	}, info) => {
		const started = await startSession(browser, deck.id, danish);
		const lead = (await connectPresenter(baseURL!, started)).socket;
		const surfaces = {
			'tv-1080': await openScreen(browser, started, { width: 1920, height: 1080 }),
			'tv-720': await openScreen(browser, started, { width: 1280, height: 720 }),
			'pixel-5': await newPhone(browser, started.joinCode, { ...devices['Pixel 5'], ...danish }),
			'phone-320': await newPhone(browser, started.joinCode, {
				...danish,
				viewport: { width: 320, height: 640 }
			})
		};
		for (const slide of slides) {
			expect((await ack(lead, 'slide:goto', { index: slide.index })).ok).toBe(true);
			const name = catalogue[deck.language][labelKey(slide.figure)];
			for (const [surface, page] of Object.entries(surfaces)) {
				const where = `${deck.id} › ${slide.id} on ${surface}`;
				const picture = page.getByRole('img', { name, exact: true });
				await expect(picture, where).toBeVisible();
				await expect(page.getByTestId(`figure-${slide.figure}`).locator('figcaption')).toHaveText(
					catalogue[deck.language][labelKey(slide.figure).replace('.aria', '.caption') as never]
				);
				await page.screenshot({
					path: info.outputPath(`${deck.id}-${slide.id}-${surface}.png`),
					fullPage: surface.startsWith('phone') || surface === 'pixel-5'
				});
				const m = await measure(page, `figure-${slide.figure}`);
				const viewport = page.viewportSize()!;
				expect(m.pageOverflow, `${where}: page scrolls sideways`).toBeLessThanOrEqual(0);
				expect(m.partsOverflow, `${where}: a part sticks out on the right`).toBeLessThanOrEqual(1);
				expect(m.partsUnderflow, `${where}: a part sticks out on the left`).toBeLessThanOrEqual(1);
				expect(m.right, where).toBeLessThanOrEqual(viewport.width);
				if (surface.startsWith('tv')) {
					expect(m.bottom, `${where}: the picture runs below the TV's edge`).toBeLessThanOrEqual(
						viewport.height
					);
				} else {
					expect(m.smallestText, `${where}: text smaller than the slide's`).toBeGreaterThanOrEqual(
						m.slideFont
					);
					if (Number.isFinite(m.smallestSvgText))
						expect(m.smallestSvgText, `${where}: drawing labels too small`).toBeGreaterThanOrEqual(
							m.slideFont
						);
				}
			}
		}
		lead.close();
	});
}
