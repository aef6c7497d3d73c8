import { expect, test } from '@playwright/test';
import { io } from 'socket.io-client';
import { ack, connectPresenter, newPhone, openScreen, startSession } from '../support/e2e';

const danish = { locale: 'da-DK' };

test("the phone confirms each choice in the participant's words, never as a number", async ({
	browser,
	baseURL
}) => {
	const started = await startSession(browser, 'laenderyg-pixi');
	const phone = await newPhone(browser, started.joinCode, danish);
	const lead = await (await connectPresenter(baseURL!, started)).socket;
	expect((await ack(lead, 'slide:next', {})).ok).toBe(true);
	const confirmation = phone.getByTestId('my-answer');
	const cases: [object, (p: typeof phone) => Promise<void>, string][] = [
		[
			{ template: 'single', text: 'Hvad hjælper mest?', options: ['Hvile', 'Gåtur', 'Varme'] },
			(p) => p.getByTestId('question').locator('[data-option="1"]').click(),
			'Dit svar: Gåtur'
		],
		[
			{ template: 'multiple', text: 'Hvad gør du?', options: ['Cykler', 'Svømmer', 'Går'] },
			async (p) => {
				await p.getByTestId('question').locator('[data-option="0"]').click();
				await p.getByTestId('question').locator('[data-option="2"]').click();
				await p.getByTestId('answer-send').click();
			},
			'Dit svar: Cykler; Går'
		],
		[
			{ template: 'agree5', text: 'Bevægelse hjælper.' },
			(p) => p.getByTestId('question').locator('[data-value="4"]').click(),
			'Dit svar: Enig'
		],
		[
			{ template: 'myth-fact', text: 'Smerte betyder skade.', answer: 'myth', explanation: 'Nej.' },
			(p) => p.getByTestId('question').locator('[data-choice="myth"]').click(),
			'Dit svar: Myte'
		]
	];
	for (const [question, answer, expected] of cases) {
		const added = await ack(lead, 'question:add', question);
		expect(added.ok).toBe(true);
		await expect(phone.getByTestId('question')).toHaveAttribute('data-question-phase', 'open');
		await expect(confirmation).toHaveCount(0);
		await answer(phone);
		await expect(confirmation).toHaveAttribute('data-status', 'saved');
		await expect(confirmation).toContainText(expected);
	}

	// The take-away says the same, in the reader's language only, with the red flags' number.
	expect((await ack(lead, 'session:end', {})).ok).toBe(true);
	lead.disconnect();
	await phone.getByTestId('takeaway-link').click();
	const takeAway = phone.getByTestId('takeaway');
	await expect(takeAway).toHaveAttribute('data-ready', 'true');
	for (const words of ['Gåtur', 'Cykler; Går', 'Enig', 'Myte'])
		await expect(takeAway.locator('dd', { hasText: words }).first()).toBeVisible();
	await expect(takeAway).not.toContainText(/\bmyth\b|\bfact\b/i);
	await expect(takeAway.getByTestId('out-of-hours').first()).toHaveText(
		'Ring til lægevagten på 1813.'
	);
	await phone.context().addCookies([{ name: 'lang', value: 'en', url: phone.url() }]);
	await phone.reload();
	await expect(takeAway).toHaveAttribute('data-ready', 'true');
	await expect(takeAway.locator('dd', { hasText: 'Myth' })).toHaveCount(1);
	await expect(takeAway.locator('dd', { hasText: 'Agree' })).toHaveCount(1);
	await expect(takeAway).not.toContainText(/\bMyte\b|Dit svar/);
});

test('agreement results read in words, Helt uenig … Helt enig, on the screen and the phones', async ({
	browser,
	baseURL
}) => {
	const started = await startSession(browser, 'laenderyg-pixi');
	const screen = await openScreen(browser, started);
	const phone = await newPhone(browser, started.joinCode, danish);
	const lead = await (await connectPresenter(baseURL!, started)).socket;
	expect((await ack(lead, 'slide:next', {})).ok).toBe(true);
	expect(
		(await ack(lead, 'question:add', { template: 'agree5', text: 'Gåture hjælper.' })).ok
	).toBe(true);
	await phone.getByTestId('question').locator('[data-value="5"]').click();
	await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	// Two more participants, so the group threshold of three is met.
	for (const [i, value] of [4, 5].entries()) {
		const bot = io(baseURL!, {
			auth: {
				role: 'participant',
				joinCode: started.joinCode,
				participantId: `agree-bot-${i}-0123456789`
			},
			transports: ['websocket']
		});
		await new Promise((resolve) => bot.once('session:snapshot', resolve));
		expect(
			(
				await ack(bot, 'answer:submit', {
					answerId: `agree-${i}-abcdef`,
					questionId: 'added-1',
					value
				})
			).ok
		).toBe(true);
		bot.disconnect();
	}
	expect((await ack(lead, 'question:reveal', { questionId: 'added-1' })).ok).toBe(true);

	const onScreen = screen.getByTestId('screen-results');
	await expect(onScreen).toBeVisible();
	const mine = phone.getByTestId('my-results');
	for (const [results, words] of [
		[onScreen, ['Strongly disagree', 'Strongly agree']],
		[mine, ['Helt uenig', 'Uenig', 'Hverken enig eller uenig', 'Enig', 'Helt enig']]
	] as const) {
		for (const word of words) await expect(results).toContainText(word);
		await expect(results.getByTestId('scale-chart')).toHaveCount(0);
	}
	// The phone marks its own answer among the words.
	await expect(mine.locator('[data-option="4"]')).toContainText('Helt enig');
	lead.disconnect();
});
