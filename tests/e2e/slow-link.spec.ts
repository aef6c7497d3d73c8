import { devices, expect, test } from '@playwright/test';
import { io } from 'socket.io-client';
import { startByApi } from '../support/e2e';
import { slowThreeG } from '../support/transfer';

const SLIDE = 3;

/** The title of the current slide as every phone is sent it, read by a phone of our own. */
async function currentTitle(baseURL: string, joinCode: string): Promise<string> {
	const socket = io(baseURL, {
		auth: { role: 'participant', joinCode, participantId: 'p'.repeat(20) },
		transports: ['websocket']
	});
	const snapshot = await new Promise<{ state: { slide: { title: string } | null } }>((resolve) =>
		socket.once('session:snapshot', resolve)
	);
	socket.close();
	return snapshot.state.slide!.title;
}

/** A live session moved to slide SLIDE, and that slide's title as the phones get it. */
async function sessionOnSlide(baseURL: string) {
	const session = await startByApi(baseURL);
	await session.command('slide:goto', { index: SLIDE });
	return { session, title: await currentTitle(baseURL, session.joinCode) };
}

test('on a slow 3G link the current slide shows within 2.5 s, before the socket has connected', async ({
	browser,
	baseURL
}) => {
	const { session, title } = await sessionOnSlide(baseURL!);

	const phone = await (
		await browser.newContext({ ...devices['Pixel 5'], locale: 'da-DK' })
	).newPage();
	await slowThreeG(phone);
	await phone.goto(`/s/${session.joinCode}`, { waitUntil: 'commit' });
	const slide = phone.getByTestId('slide');
	await expect(slide.getByText(title, { exact: true })).toBeVisible({ timeout: 10_000 });
	// Milliseconds since the navigation started, in the page's own clock: an upper bound, as the
	// check above polls.
	const shownAt = await phone.evaluate(() => performance.now());
	const joined = await phone.getByTestId('participant').getAttribute('data-joined');
	console.log(
		`slow 3G: slide ${SLIDE + 1} visible after ${Math.round(shownAt)} ms (joined: ${joined})`
	);
	expect(shownAt).toBeLessThanOrEqual(2500);
	await expect(slide).toHaveText(new RegExp(`${SLIDE + 1}`));

	// Then the live state takes over in place: one slide, the same one, and the hint goes.
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true', {
		timeout: 30_000
	});
	await expect(phone.getByTestId('slide')).toHaveCount(1);
	await expect(slide.getByText(title, { exact: true })).toBeVisible();
	await expect(phone.getByTestId('connecting')).toHaveCount(0);
	session.presenter.close();
});

test('without script the phone shows the slide and a quiet hint that it is connecting', async ({
	browser,
	baseURL
}) => {
	const { session, title } = await sessionOnSlide(baseURL!);
	const context = await browser.newContext({
		...devices['Pixel 5'],
		locale: 'da-DK',
		javaScriptEnabled: false
	});
	const phone = await context.newPage();
	await phone.goto(`/s/${session.joinCode}`);
	await expect(phone.getByTestId('slide').getByText(title, { exact: true })).toBeVisible();
	await expect(phone.getByTestId('connecting')).toBeVisible();
	await expect(phone.getByRole('alert')).toHaveCount(0);
	session.presenter.close();
});
