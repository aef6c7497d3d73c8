/**
 * The TV uses its screen: slide text in type that fills it, a picture beside the text, and a
 * revealed result, a talk prompt or a running exercise on the whole stage, at 720p and 1080p.
 * Screenshots of each state land in test-results/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDeck } from '../../src/lib/decks/parse';
import { connectAs, openScreen, startByApi } from '../support/e2e';

const deck = (() => {
	const result = parseDeck('laenderyg-full.md', readFileSync('sessions/laenderyg-full.md'));
	if (!result.ok) throw new Error('laenderyg-full does not parse');
	return result.deck;
})();
const indexOf = (id: string) => deck.slides.findIndex((s) => s.id === id);
const textSlide = indexOf('viden-almindeligt');
const figureSlide = deck.slides.findIndex((s) => s.figure);
const exerciseSlide = deck.slides.findIndex((s) => s.exercise);
const scale = deck.slides[0]!.questions.find((q) => q.type === 'scale')!;

/** Nothing scrolls, nothing sticks out, and the stage's box as a share of the screen. */
function measure(page: Page, selector: string) {
	return page.evaluate((sel) => {
		const el = document.querySelector(sel)!;
		const box = el.getBoundingClientRect();
		const root = document.scrollingElement!;
		const body = el.querySelector('.body, [data-testid="exercise-step"], h2') ?? el;
		return {
			scroll: root.scrollHeight - innerHeight + (root.scrollWidth - innerWidth),
			widthShare: box.width / innerWidth,
			overflow: (el as HTMLElement).scrollHeight - (el as HTMLElement).clientHeight,
			font: parseFloat(getComputedStyle(body).fontSize),
			bottom: box.bottom
		};
	}, selector);
}

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	const size = `${viewport.width}x${viewport.height}`;
	test(`the TV at ${size}: slide text fills the screen, a picture beside it, results, talk and exercise on the stage`, async ({
		browser,
		baseURL
	}) => {
		const session = await startByApi(baseURL!, 'laenderyg-full');
		const screen = await openScreen(browser, session, viewport);
		const shot = (name: string) =>
			screen.screenshot({ path: `test-results/tv/${size}-${name}.png` });
		const onSlide = (index: number) =>
			expect(screen.getByTestId('screen')).toHaveAttribute('data-slide-index', String(index));
		const px = viewport.height / 1080;

		await session.command('slide:goto', { index: textSlide });
		await onSlide(textSlide);
		await shot('text');
		const text = await measure(screen, '.slide');
		expect(text.scroll, 'the page scrolls').toBe(0);
		expect(text.overflow, 'the slide runs past its area').toBeLessThanOrEqual(1);
		// Far above the old 48 px cap: text read from the back of the room.
		expect(text.font, 'slide text size').toBeGreaterThanOrEqual(50 * px);

		await session.command('slide:goto', { index: figureSlide });
		await onSlide(figureSlide);
		await expect(screen.locator('figure')).toBeVisible();
		await shot('figure');
		const [body, figure] = await Promise.all(
			['.slide .body', '.slide figure'].map((sel) =>
				screen.locator(sel).evaluate((el) => el.getBoundingClientRect().toJSON())
			)
		);
		expect(figure.left, 'the picture stands beside the text').toBeGreaterThanOrEqual(body.right);
		expect(figure.bottom).toBeLessThanOrEqual(viewport.height);

		await session.command('slide:goto', { index: 0 });
		await onSlide(0);
		await session.command('question:open', { questionId: scale.id });
		for (const [n, value] of [3, 5, 6].entries()) {
			const phone = await connectAs(baseURL!, {
				role: 'participant',
				joinCode: session.joinCode,
				participantId: `tv-stage-${size}-participant-${n}`
			});
			await phone.command('answer:submit', {
				answerId: `tv${n}${size}`.slice(0, 20),
				questionId: scale.id,
				value
			});
			phone.socket.disconnect();
		}
		await session.command('question:reveal', { questionId: scale.id });
		await expect(screen.getByTestId('screen-results')).toHaveAttribute('data-type', 'scale');
		await shot('result');
		const result = await measure(screen, '[data-testid="screen-stage"]');
		expect(result.widthShare, 'a revealed result takes the whole width').toBeGreaterThan(0.85);
		expect(result.scroll).toBe(0);
		expect(result.overflow).toBeLessThanOrEqual(1);
		await session.command('question:close', { questionId: scale.id }).catch(() => undefined);

		await session.command('dialogue:show', {
			text: 'Tal med din sidemand: hvad hjælper dig, når ryggen driller?',
			seconds: 120
		});
		await expect(screen.getByTestId('screen-dialogue')).toBeVisible();
		await shot('dialogue');
		const talk = await measure(screen, '[data-testid="screen-stage"]');
		expect(talk.widthShare).toBeGreaterThan(0.85);
		expect(talk.font, 'the prompt in large type').toBeGreaterThanOrEqual(50 * px);
		await session.command('dialogue:clear');

		await session.command('slide:goto', { index: exerciseSlide });
		await onSlide(exerciseSlide);
		await session.command('exercise:start');
		await expect(screen.getByTestId('exercise')).toHaveAttribute('data-status', 'running');
		await shot('exercise');
		const exercise = await measure(screen, '[data-testid="screen-stage"]');
		expect(exercise.widthShare).toBeGreaterThan(0.85);
		expect(exercise.scroll).toBe(0);
		expect(exercise.overflow).toBeLessThanOrEqual(1);
		const step = await screen
			.getByTestId('exercise-step')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(step, 'the step in large type').toBeGreaterThanOrEqual(60 * px);

		session.presenter.disconnect();
		await screen.context().close();
	});
}
