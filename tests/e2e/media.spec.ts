/**
 * The clinic's own picture and film (tests/fixtures/media-deck.md, placed beside the decks with
 * its media folder by the e2e server): served from our origin with their types; the picture on
 * the TV and the phones with its text alternative; the film played and paused on the TV from the
 * console and from the remote, while phones show its still and caption and never play it.
 */
import { devices, expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/audit';
import { ack, connectPresenter, newPhone, openScreen, startFromLibrary } from '../support/e2e';

const danish = { locale: 'da-DK' };
const deckId = 'media-deck';

/** The fixture deck is the only PIXI deck of its condition: its card starts it once PIXI is chosen. */
async function startMediaDeck(browser: import('@playwright/test').Browser) {
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...danish });
	return startFromLibrary(laptop, deckId, async (library) => {
		await library.locator('input[name="variant-general"][value="PIXI"]').check();
	});
}

/** The TV's film element: whether it plays, and where it is. */
function filmOn(screen: Page) {
	return screen.locator('video').evaluate((video: HTMLVideoElement) => ({
		paused: video.paused,
		time: video.currentTime,
		src: new URL(video.currentSrc || video.src).pathname,
		poster: new URL(video.poster).pathname,
		tracks: [...video.querySelectorAll('track')].map((t) => t.getAttribute('src'))
	}));
}

test('a picture and a film of the clinic, on the TV, two phones, the console and the remote', async ({
	browser,
	baseURL,
	request
}) => {
	// Served from our own origin, each with its own type; nothing else is.
	const served: [string, string][] = [
		['/media/stol.png', 'image/png'],
		['/media/oevelse.webm', 'video/webm'],
		['/media/oevelse.vtt', 'text/vtt']
	];
	for (const [path, type] of served) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-type'], path).toBe(type);
		expect(response.headers()['cache-control'], path).toContain('max-age');
	}
	const part = await request.get('/media/oevelse.webm', { headers: { range: 'bytes=0-99' } });
	expect(part.status()).toBe(206);
	expect((await part.body()).length).toBe(100);
	for (const path of ['/media/../server.js', '/media/ingen.png', '/media/media-deck.md'])
		expect((await request.get(path)).status(), path).toBe(404);

	const started = await startMediaDeck(browser);
	const lead = await connectPresenter(baseURL!, started);
	const screen = await openScreen(browser, started, { width: 1920, height: 1080 });
	const phones = [
		await newPhone(browser, started.joinCode, { ...devices['Pixel 5'], ...danish }),
		await newPhone(browser, started.joinCode, { ...danish, viewport: { width: 320, height: 640 } })
	];

	// The picture, with its text alternative, on every surface.
	await lead.command('slide:goto', { index: 0 });
	const alt = 'En almindelig spisestuestol med ryglæn, uden armlæn';
	for (const page of [screen, ...phones, started.console]) {
		const picture = page.getByRole('img', { name: alt });
		await expect(picture).toBeVisible();
		expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
	for (const page of [screen, ...phones]) expect(await axeViolations(page)).toEqual([]);

	// The film: the TV holds it, still and captions included; the phones show the still only.
	await lead.command('slide:goto', { index: 1 });
	await expect(screen.locator('video')).toBeAttached();
	expect(await filmOn(screen)).toMatchObject({
		paused: true,
		src: '/media/oevelse.webm',
		poster: '/media/oevelse-still.png',
		tracks: ['/media/oevelse.vtt']
	});
	for (const phone of phones) {
		await expect(phone.getByText('Rejs dig fra stolen i dit eget tempo')).toBeVisible();
		await expect(phone.getByText('Filmen vises på skærmen.')).toBeVisible();
		await expect(phone.locator('video')).toHaveCount(0);
		expect(await axeViolations(phone)).toEqual([]);
	}
	expect(await axeViolations(screen)).toEqual([]);

	// Played from the console's button: the TV plays (muted if the browser wants a touch first).
	await started.console.getByTestId('film-play').click();
	await expect(started.console.getByTestId('film-pause')).toBeVisible();
	await expect.poll(async () => (await filmOn(screen)).paused).toBe(false);
	await expect.poll(async () => (await filmOn(screen)).time).toBeGreaterThan(0.3);
	expect(await axeViolations(started.console)).toEqual([]);

	// Paused from the paired remote.
	const paired = await lead.command('remote:pair');
	const remote = await (await browser.newContext({ ...devices['Pixel 5'], ...danish })).newPage();
	await remote.goto(`/remote/${started.sessionId}#p=${String(paired.pairingToken)}`);
	await remote.getByTestId('remote-film-pause').click();
	await expect.poll(async () => (await filmOn(screen)).paused).toBe(true);
	const stoppedAt = (await filmOn(screen)).time;
	await expect(remote.getByTestId('remote-film-play')).toBeVisible();
	expect(await axeViolations(remote)).toEqual([]);

	// A TV that reloads comes back on the same frame, still paused.
	await screen.reload();
	await expect(screen.locator('video')).toBeAttached();
	await expect
		.poll(async () => Math.abs((await filmOn(screen)).time - stoppedAt))
		.toBeLessThanOrEqual(1);
	expect((await filmOn(screen)).paused).toBe(true);

	// A film belongs to its slide: another slide, and the film command is refused.
	await lead.command('slide:goto', { index: 0 });
	expect(await ack(lead.socket, 'film:play')).toMatchObject({
		ok: false,
		error: { code: 'invalid_state' }
	});
	lead.socket.close();
});
