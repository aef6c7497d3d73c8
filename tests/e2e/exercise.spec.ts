/**
 * An exercise in a class: started from the console, its timer on the TV and two phones, paused
 * and resumed from the console and the paired remote, a phone reloading on the same step and
 * time, the check-in answered on the phones, aggregated with an alert on the console and shown
 * anonymously on the TV; axe finds nothing on any exercise view. A second test restarts the
 * production server mid-exercise behind a proxy, so the pages keep their address.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { parseDeck } from '../../src/lib/decks/parse';
import { axeViolations } from '../support/audit';
import {
	connectAs,
	connectPresenter,
	newPhone,
	openScreen,
	startByApi,
	startSession
} from '../support/e2e';
import { answerCheckIn, botCheckIn } from '../support/exercise';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';
import { startProxy } from '../support/proxy';

const deck = (() => {
	const result = parseDeck('laenderyg-full.md', readFileSync('sessions/laenderyg-full.md'));
	if (!result.ok) throw new Error('laenderyg-full does not parse');
	return result.deck;
})();
const exerciseIndex = deck.slides.findIndex((s) => s.exercise);
const exercise = deck.slides[exerciseIndex]!.exercise!;
const danish = { locale: 'da-DK' };

type Clock = { status: string; step: number; remaining: number };

async function clockOf(page: Page): Promise<Clock> {
	const el = page.getByTestId('exercise');
	const [status, step, remaining] = await Promise.all(
		['data-status', 'data-step', 'data-remaining'].map((a) => el.getAttribute(a))
	);
	return { status: status!, step: Number(step), remaining: Number(remaining) };
}

/** Every page shows the exercise in `status` on `step`, with times within a second of each other. */
async function agree(pages: Page[], status: string, step: number): Promise<number> {
	for (const page of pages) {
		await expect(page.getByTestId('exercise')).toHaveAttribute('data-status', status);
		await expect(page.getByTestId('exercise')).toHaveAttribute('data-step', String(step));
		await expect(page.getByTestId('exercise-step')).toHaveText(exercise.steps[step]!);
	}
	const clocks = await Promise.all(pages.map(clockOf));
	const times = clocks.map((c) => c.remaining);
	expect(Math.max(...times) - Math.min(...times), JSON.stringify(clocks)).toBeLessThanOrEqual(1);
	return times[0]!;
}

async function audit(page: Page, where: string) {
	expect.soft(await axeViolations(page), `axe: ${where}`).toEqual([]);
}

test('an exercise runs on the TV and two phones, from the console and the remote, through a reload, to a check-in with an alert', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const started = await startSession(browser, 'laenderyg-full', danish);
	const { console: console_ } = started;
	const screen = await openScreen(browser, started, { width: 1920, height: 1080 });
	const phones = [
		await newPhone(browser, started.joinCode, { ...devices['Pixel 5'], ...danish }),
		await newPhone(browser, started.joinCode, { ...devices['iPhone SE'], ...danish })
	];
	const lead = await connectPresenter(baseURL!, started);
	await lead.command('slide:goto', { index: exerciseIndex });
	const panel = console_.getByTestId('exercise-panel');
	await expect(panel).toHaveAttribute('data-status', 'ready');
	await expect(panel.getByTestId('exercise-notes')).toContainText('Tilpasninger');
	await expect(panel.locator('ol.steps li')).toHaveCount(exercise.steps.length);
	// Before it starts the phones show what is coming, the TV still the slide.
	for (const phone of phones)
		await expect(phone.getByTestId('exercise')).toHaveAttribute('data-status', 'ready');

	// Started from the console: the same step and time everywhere, a calm breathing pace.
	await panel.getByTestId('exercise-start').click();
	const room = [screen, ...phones];
	const atStart = await agree(room, 'running', 0);
	expect(atStart).toBeGreaterThan(100);
	expect(atStart).toBeLessThanOrEqual(120);
	await expect(screen.getByTestId('screen-stage')).toHaveAttribute('data-stage', 'exercise');
	await expect(screen.getByTestId('breath-pace')).toBeVisible();
	// The clock runs: wait for the TV to show less time than at the start.
	await expect
		.poll(async () => (await clockOf(screen)).remaining, { timeout: 5000 })
		.toBeLessThan(atStart);
	for (const [name, page] of [
		['tv', screen],
		['phone', phones[0]!],
		['console', console_]
	] as const)
		await page.screenshot({
			path: `test-results/exercise/${name}-running.png`,
			fullPage: name !== 'tv'
		});
	await audit(screen, 'TV, exercise running');
	await audit(phones[0]!, 'phone, exercise running');
	await audit(console_, 'console, exercise running');

	// Paused from the console: the time stops, the same on every page.
	await panel.getByTestId('exercise-pause').click();
	const paused = await agree(room, 'paused', 0);
	await expect(screen.getByTestId('exercise-paused')).toBeVisible();
	// A phone that reloads comes back on the same step and the same, stopped, time.
	await phones[1]!.reload();
	await expect(phones[1]!.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	expect(await agree(room, 'paused', 0)).toBe(paused);
	await console_.getByTestId('exercise-resume').click();
	await agree(room, 'running', 0);

	// The paired remote pauses, resumes and moves to the next step.
	await console_.getByTestId('remote-pair').click();
	const remote = await (await browser.newContext({ ...devices['iPhone 12'], ...danish })).newPage();
	await remote.goto((await console_.getByTestId('remote-url').textContent())!);
	await expect(remote.getByTestId('remote')).toHaveAttribute('data-ready', 'true');
	await expect(remote.getByTestId('remote-exercise')).toHaveAttribute('data-status', 'running');
	await audit(remote, 'remote, exercise running');
	await remote.getByTestId('remote-exercise-pause').click();
	await agree([...room, remote], 'paused', 0);
	await remote.getByTestId('remote-exercise-resume').click();
	await agree([...room, remote], 'running', 0);
	await remote.getByTestId('remote-exercise-skip').click();
	const onStep = await agree([...room, remote], 'running', 1);

	// A phone reloads mid-exercise: back on the same step with the same time left (±1 s).
	await phones[0]!.reload();
	await expect(phones[0]!.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	// agree() holds the reloaded phone to the TV's time (±1 s); the time only ever runs down.
	expect(await agree(room, 'running', 1)).toBeLessThanOrEqual(onStep);

	// Stopped from the console: the check-in opens on the phones.
	await panel.getByTestId('exercise-stop').click();
	for (const phone of phones) await expect(phone.getByTestId('check-in')).toBeVisible();
	await expect(screen.getByTestId('exercise-done')).toBeVisible();
	await audit(phones[0]!, 'phone, check-in');
	await answerCheckIn(phones[0]!, exercise.id, 8);
	await answerCheckIn(phones[1]!, exercise.id, 2);

	// On the console: the counts, and who needs a word at the deck's alert threshold (7).
	const pain = console_.getByTestId(`question-${exercise.id}-pain`);
	await expect(pain.getByTestId('answer-count')).toContainText('2');
	const alerts = console_.getByTestId('alerts');
	await expect(alerts).toContainText('(8)');
	await expect(alerts).not.toContainText('(2)');
	await expect(console_.getByTestId('alert-advice')).toContainText(exercise.checkIn!.alertAdvice!);

	// On the TV: anonymous, and only once three have answered.
	await lead.command('question:reveal', { questionId: `${exercise.id}-done` });
	await expect(screen.getByTestId(`screen-check-in-${exercise.id}-done`)).toHaveAttribute(
		'data-type',
		'withheld'
	);
	const bot = await connectAs(baseURL!, {
		role: 'participant',
		joinCode: started.joinCode,
		participantId: 'exercise-spec-bot-participant'
	});
	await botCheckIn(bot, exercise.id, 4, ['pain', 'eased']);
	await lead.command('question:reveal', { questionId: `${exercise.id}-pain` });
	const onTv = screen.getByTestId(`screen-check-in-${exercise.id}-pain`);
	await expect(onTv).toHaveAttribute('data-type', 'scale');
	await expect(onTv).toContainText('Hvor ondt gør det lige nu?');
	await expect(onTv).not.toContainText('Deltager');
	for (const [name, page] of [
		['tv', screen],
		['phone', phones[0]!],
		['console', console_]
	] as const)
		await page.screenshot({
			path: `test-results/exercise/${name}-check-in.png`,
			fullPage: name !== 'tv'
		});
	await audit(screen, 'TV, check-in revealed');
	await audit(console_, 'console, check-in');

	bot.socket.disconnect();
	lead.socket.disconnect();
	for (const page of [screen, remote, ...phones]) await page.context().close();
	await console_.context().close();
});

test('a server restart mid-exercise: the TV and a phone come back on the same step and time (±1 s)', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'forsta-exercise-restart-'));
	let server: ServerProcess = await startServerProcess(dataDir);
	const proxy = await startProxy(() => server.url);
	try {
		const created = await startByApi(proxy.url, 'laenderyg-full');
		const { keys } = created;
		const lead = { command: created.command };
		await lead.command('slide:goto', { index: exerciseIndex });
		await lead.command('exercise:start');
		await lead.command('exercise:skip');
		await lead.command('exercise:skip');
		const synced = (await lead.command('session:sync')) as unknown as {
			snapshot: { state: { exercise: { run: { endsAt: number } } } };
		};
		const endsAt = synced.snapshot.state.exercise.run.endsAt;
		created.presenter.disconnect();

		const screen = await (
			await browser.newContext({ viewport: { width: 1280, height: 720 } })
		).newPage();
		await screen.goto(`${proxy.url}/screen/${created.sessionId}#k=${keys.screenKey}`);
		const phone = await (await browser.newContext({ ...devices['Pixel 5'], ...danish })).newPage();
		await phone.goto(`${proxy.url}/s/${created.joinCode}`);
		await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
		const expectLeft = () => Math.ceil((endsAt - Date.now()) / 1000);
		for (const page of [screen, phone]) {
			await expect(page.getByTestId('exercise')).toHaveAttribute('data-step', '2');
			expect(Math.abs((await clockOf(page)).remaining - expectLeft())).toBeLessThanOrEqual(1);
		}

		// The server dies without warning and a new one starts on the same data.
		expect(await stopServerProcess(server, 'SIGKILL')).toBeNull();
		await expect(phone.getByTestId('connection')).not.toHaveAttribute('data-status', 'online');
		server = await startServerProcess(dataDir);
		await expect(phone.getByTestId('connection')).toHaveAttribute('data-status', 'online', {
			timeout: 30_000
		});
		for (const page of [screen, phone]) {
			await expect(page.getByTestId('exercise')).toHaveAttribute('data-status', 'running');
			await expect(page.getByTestId('exercise')).toHaveAttribute('data-step', '2');
			await expect(page.getByTestId('exercise-step')).toHaveText(exercise.steps[2]!);
			expect(Math.abs((await clockOf(page)).remaining - expectLeft())).toBeLessThanOrEqual(1);
		}
		await screen.context().close();
		await phone.context().close();
	} finally {
		await proxy.close();
		await stopServerProcess(server, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
});
