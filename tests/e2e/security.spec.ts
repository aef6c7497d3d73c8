import { readFileSync } from 'node:fs';
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';

const payloads = JSON.parse(readFileSync('tests/support/xss-payloads.json', 'utf8')) as string[];

type Watch = { requests: string[]; violations: string[]; dialogs: string[] };

/** Records every request, every CSP violation and every dialog a context's pages produce. */
function watch(context: BrowserContext, seen: Watch) {
	context.on('request', (r) => seen.requests.push(r.url()));
	context.on('page', (page) => {
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) seen.violations.push(m.text());
		});
		page.on('dialog', (d) => {
			seen.dialogs.push(d.message());
			void d.dismiss();
		});
	});
}

async function ack(
	socket: Socket,
	event: string,
	payload: object
): Promise<{ ok: boolean; [k: string]: unknown }> {
	return (
		socket.timeout(5000) as unknown as {
			emitWithAck(e: string, p: object): Promise<{ ok: boolean }>;
		}
	).emitWithAck(event, payload);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

test(`${payloads.length} XSS payloads in nicknames, texts, prompts, questions and a deck run no script on any page`, async ({
	browser,
	baseURL
}) => {
	expect(payloads.length).toBeGreaterThanOrEqual(50);
	const seen: Watch = { requests: [], violations: [], dialogs: [] };
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	watch(laptop, seen);
	const console_ = await laptop.newPage();
	await console_.goto('/');
	await expect(console_.locator('html[data-hydrated]')).toBeAttached();
	await console_.getByTestId('start-xss').click();
	await expect(console_.getByTestId('connection')).toHaveAttribute('data-status', 'online');
	const sessionId = new URL(console_.url()).pathname.split('/').pop()!;
	const keys = await console_.evaluate(
		(id) => JSON.parse(localStorage.getItem(`forsta:session:${id}`)!),
		sessionId
	);
	const joinCode = (await console_.getByTestId('join-code').textContent())!.replace(/\s/g, '');

	const tvContext = await browser.newContext();
	watch(tvContext, seen);
	const tv = await tvContext.newPage();
	await tv.goto(`/screen/${sessionId}#k=${keys.screenKey}`);
	const phoneContext = await browser.newContext({ ...devices['Pixel 5'] });
	watch(phoneContext, seen);
	const phone = await phoneContext.newPage();
	await phone.goto(`/s/${joinCode}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await phone.locator('#nickname').fill(payloads[1]!);
	await phone.locator('#nickname').press('Enter');

	// Two presenter connections from Node, to stay within each socket's pace limit.
	const presenters = [0, 1].map(() =>
		io(baseURL!, {
			auth: { role: 'presenter', sessionId, presenterKey: keys.presenterKey },
			transports: ['websocket']
		})
	);
	await Promise.all(
		presenters.map((p) => new Promise((resolve) => p.once('session:snapshot', resolve)))
	);
	const [lead, helper] = presenters as [Socket, Socket];
	expect((await ack(lead, 'slide:next', {})).ok).toBe(true);
	expect((await ack(lead, 'question:add', { template: 'open-text', text: payloads[7]! })).ok).toBe(
		true
	);

	// One participant per payload: the payload is their nickname and their answer.
	const bots: Socket[] = [];
	for (const [i, payload] of payloads.entries()) {
		const bot = io(baseURL!, {
			auth: {
				role: 'participant',
				joinCode,
				participantId: `xss-bot-${i}-0123456789`,
				nickname: payload.slice(0, 40)
			},
			transports: ['websocket']
		});
		await new Promise((resolve) => bot.once('session:snapshot', resolve));
		expect(
			(
				await ack(bot, 'answer:submit', {
					answerId: `xss-answer-${i}-abc`,
					questionId: 'added-1',
					value: payload
				})
			).ok
		).toBe(true);
		bots.push(bot);
	}
	const state = (await ack(lead, 'session:sync', {})) as unknown as {
		snapshot: { presenter: { entries: { answerId: string }[] } };
	};
	const entries = state.snapshot.presenter.entries;
	expect(entries).toHaveLength(payloads.length);
	for (const [i, entry] of entries.entries()) {
		expect(
			(await ack(i % 2 ? helper : lead, 'entry:approve', { answerId: entry.answerId })).ok
		).toBe(true);
	}
	expect((await ack(lead, 'question:reveal', { questionId: 'added-1' })).ok).toBe(true);
	await expect(tv.getByTestId('wall-entry')).toHaveCount(payloads.length);
	// The hostile strings are shown as what they are: text.
	await expect(
		tv.getByTestId('wall-entry').getByText(payloads[2]!, { exact: true }).first()
	).toBeVisible();
	await expect(console_.getByTestId('participants-heading')).toBeVisible();
	await expect(
		console_
			.locator('[data-testid=participant]')
			.filter({ hasText: '<img src=x onerror=window.__xss=1>' })
			.first()
	).toBeVisible();

	expect(
		(await ack(lead, 'dialogue:show', { text: payloads[8]!, seconds: 60, collect: false })).ok
	).toBe(true);
	await expect(phone.getByTestId('dialogue')).toContainText(payloads[8]!);

	// The deck's own pages: preview and handout, plus every other page of the app.
	const other = await laptop.newPage();
	for (const path of [
		'/decks/xss',
		'/decks/xss/handout',
		'/guide',
		'/sessions',
		'/join',
		'/takeaway',
		`/remote/${sessionId}`
	]) {
		await other.goto(path);
		expect(await pwned(other), path).toBeUndefined();
	}

	for (const page of [console_, tv, phone]) expect(await pwned(page)).toBeUndefined();
	expect(seen.dialogs).toEqual([]);
	expect(seen.violations).toEqual([]);
	const foreign = seen.requests.filter(
		(url) =>
			!url.startsWith(baseURL!) &&
			!url.startsWith('ws://127.0.0.1') &&
			!url.startsWith('data:') &&
			!url.startsWith('blob:')
	);
	expect(foreign).toEqual([]);
	console.log(
		`XSS payloads tried: ${payloads.length} × (nickname, open text); deck fields, prompt and question text; requests checked: ${seen.requests.length}`
	);
	for (const socket of [...bots, ...presenters]) socket.disconnect();
	await laptop.close();
	await tvContext.close();
	await phoneContext.close();
});

test('every response carries the security headers, and the console cannot be framed', async ({
	request
}) => {
	for (const path of ['/', '/join', '/guide', '/favicon.svg']) {
		const response = await request.get(path);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['referrer-policy'], path).toBe('same-origin');
	}
	const library = await request.get('/');
	const csp = library.headers()['content-security-policy']!;
	expect(csp).toMatch(/default-src 'self'/);
	expect(csp).toMatch(/script-src 'self' 'nonce-/);
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	expect(csp).toMatch(/frame-ancestors 'none'/);
	expect(library.headers()['x-frame-options']).toBe('DENY');
	// Only the participant page may sit in the console's hand-over frame.
	const participant = await request.get('/s/000000');
	expect(participant.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
});
