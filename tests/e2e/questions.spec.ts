import { readFileSync } from 'node:fs';
import { devices, expect, test, type Page, type TestInfo } from '@playwright/test';
import { baselinePainProfile } from '../../src/lib/questions/library';
import { newPhone, openScreen, startFromLibrary, startSession } from '../support/e2e';

const phoneDevices = [
	devices['Pixel 5'],
	devices['iPhone SE'],
	devices['Galaxy S9+'],
	devices['iPhone 12']
];

/** A small CSV reader for the export: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	return rows;
}

async function snap(info: TestInfo, name: string, pages: [Page, string][]) {
	for (const [page, who] of pages) {
		const path = info.outputPath(`${name}-${who}.png`);
		await page.screenshot({ path, fullPage: who === 'phone' });
		await info.attach(`${name}-${who}`, { path, contentType: 'image/png' });
	}
}

test('a group runs a 0–10 scale, a myth-or-fact, a moderated word cloud and the baseline questionnaire, and the answers export', async ({
	browser
}, info) => {
	const laptop = await browser.newContext({
		viewport: { width: 1400, height: 1000 },
		acceptDownloads: true
	});
	const started = await startFromLibrary(laptop);
	const { console: console_, joinCode: code } = started;

	const tv = await openScreen(browser, started);
	await expect(tv.getByTestId('screen-code')).toBeVisible();

	const phones: Page[] = [];
	for (const [i, device] of phoneDevices.entries()) {
		const phone = await (await browser.newContext({ ...device })).newPage();
		await phone.goto(`/s/${code}`);
		await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
		if (i < 2) {
			await phone.locator('#nickname').fill(['Grethe', 'Bent'][i]!);
			await phone.locator('#nickname').press('Enter');
		}
		phones.push(phone);
	}
	await expect(console_.locator('[data-testid=participant][data-online=true]')).toHaveCount(4);

	const answerEach = async (act: (phone: Page, i: number) => Promise<void>) => {
		for (const [i, phone] of phones.entries()) {
			await act(phone, i);
			await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
		}
	};
	const control = (id: string) => console_.getByTestId(`question-${id}`);

	// 1. The pain scale, 0–10.
	await console_.keyboard.press('ArrowRight');
	await control('smerte-i-dag').getByRole('button', { name: 'Open' }).click();
	const pain = [3, 8, 5, 5];
	await answerEach((phone, i) =>
		phone.getByTestId('answer-input').locator(`button[data-value="${pain[i]}"]`).click()
	);
	await expect(control('smerte-i-dag').getByTestId('answer-count')).toContainText('4');
	// The answer of 8 is flagged for the presenter alone.
	await expect(console_.getByTestId('alerts')).toContainText('Bent (8)');
	await expect(tv.getByTestId('screen-question')).toBeVisible();
	await control('smerte-i-dag').getByRole('button', { name: 'Reveal' }).click();
	const scale = tv.getByTestId('screen-results');
	await expect(scale.locator('li[data-value="5"]')).toHaveAttribute('data-count', '2');
	await expect(scale.locator('li[data-value="8"]')).toHaveAttribute('data-count', '1');
	await expect(tv.locator('body')).not.toContainText('Bent');
	await expect(phones[0]!.getByTestId('my-results').locator('li.mine')).toHaveAttribute(
		'data-value',
		'3'
	);
	await snap(info, 'scale', [
		[tv, 'screen'],
		[phones[0]!, 'phone']
	]);

	// 2. Myth or fact: the explanation arrives with the result.
	await console_
		.getByRole('navigation')
		.getByRole('button', { name: /Bevægelse hjælper/ })
		.click();
	await control('myte-hvile').getByRole('button', { name: 'Open' }).click();
	const choices = ['fact', 'fact', 'myth', 'fact'];
	await expect(phones[0]!.getByTestId('answer-input')).toHaveAttribute('data-type', 'myth-fact');
	await answerEach((phone, i) => phone.locator(`button[data-choice="${choices[i]}"]`).click());
	await control('myte-hvile').getByRole('button', { name: 'Reveal' }).click();
	const myth = tv.getByTestId('screen-results');
	await expect(myth).toHaveAttribute('data-type', 'myth-fact');
	await expect(myth.locator('[data-choice="fact"][data-count]').first()).toHaveAttribute(
		'data-count',
		'3'
	);
	await expect(myth.getByTestId('myth-fact-answer')).toBeVisible();
	await expect(phones[2]!.getByTestId('my-results').getByTestId('myth-fact-answer')).toBeVisible();
	await snap(info, 'myth-fact', [
		[tv, 'screen'],
		[phones[2]!, 'phone']
	]);

	// 3. A word cloud added from the menu; the presenter keeps one entry off the screen.
	await console_.getByTestId('add-question').locator('summary').click();
	await console_.getByTestId('add-template').selectOption('word-cloud');
	await console_.getByTestId('add-text').fill('Ét ord for din ryg i dag?');
	await console_.getByTestId('add-submit').click();
	const words = ['stiv', 'øm', 'Stiv', 'lorte ryg'];
	await answerEach(async (phone, i) => {
		await expect(phone.getByTestId('answer-input')).toHaveAttribute('data-type', 'word-cloud');
		await phone.getByTestId('answer-text').fill(words[i]!);
		await phone.getByTestId('answer-send').click();
	});
	const queue = console_.getByTestId('moderation');
	await expect(queue.getByTestId('entry')).toHaveCount(4);
	await expect(queue.locator('[data-testid=entry][data-flagged=true]')).toContainText('lorte ryg');
	for (const word of ['stiv', 'øm', 'Stiv']) {
		await queue
			.getByTestId('entry')
			.filter({ hasText: new RegExp(`^${word}`) })
			.getByTestId('entry-approve')
			.click();
	}
	await queue
		.getByTestId('entry')
		.filter({ hasText: 'lorte ryg' })
		.getByTestId('entry-hide')
		.click();
	await expect(queue.locator('[data-testid=entry][data-status=approved]')).toHaveCount(3);
	await console_.getByTestId('question-added-1').getByRole('button', { name: 'Reveal' }).click();
	const cloud = tv.getByTestId('screen-results');
	await expect(cloud.locator('[data-word="stiv"]')).toHaveAttribute('data-count', '2');
	await expect(cloud.locator('[data-word="øm"]')).toHaveAttribute('data-count', '1');
	await expect(tv.locator('body')).not.toContainText('lorte');
	await snap(info, 'word-cloud', [
		[tv, 'screen'],
		[phones[1]!, 'phone']
	]);

	// 4. The baseline pain profile, answered at each participant's own pace.
	await console_.getByTestId('add-template').selectOption('baseline');
	await console_.getByTestId('add-submit').click();
	const paced = [6, 6, 3, 6];
	for (const [i, phone] of phones.entries()) {
		const form = phone.getByTestId('answer-input');
		await expect(form).toHaveAttribute('data-type', 'questionnaire');
		for (let item = 0; item < paced[i]!; item++) {
			await form.locator(`button[data-value="${(item + i) % 11}"]`).click();
			await expect(phone.getByTestId('questionnaire-progress')).toHaveAttribute(
				'data-done',
				String(item + 1)
			);
		}
		await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	}
	await console_.getByTestId('question-added-2').getByRole('button', { name: 'Reveal' }).click();
	const profile = tv.getByTestId('screen-results');
	await expect(profile).toHaveAttribute('data-type', 'questionnaire');
	await expect(profile.locator('[data-item="0"]')).toHaveAttribute('data-count', '4');
	await expect(profile.locator('[data-item="5"]')).toHaveAttribute('data-count', '3');
	await snap(info, 'questionnaire', [
		[tv, 'screen'],
		[phones[3]!, 'phone']
	]);

	// 5. The export holds exactly what was answered.
	const downloading = console_.waitForEvent('download');
	await console_.getByTestId('export-csv').click();
	const download = await downloading;
	const path = info.outputPath('export.csv');
	await download.saveAs(path);
	const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	expect(header).toEqual([
		'participant',
		'participant_pseudonym',
		'question_id',
		'question_type',
		'question',
		'value',
		'value_json',
		'answered_at'
	]);
	expect(rows).toHaveLength(16);
	const column = (name: string) => header!.indexOf(name);
	const of = (questionId: string) => rows.filter((r) => r[column('question_id')] === questionId);
	expect(
		of('smerte-i-dag')
			.map((r) => Number(r[column('value')]))
			.sort()
	).toEqual([3, 5, 5, 8]);
	expect(
		of('smerte-i-dag').find((r) => r[column('participant')] === 'Bent')?.[column('value')]
	).toBe('8');
	expect(
		of('myte-hvile')
			.map((r) => r[column('value')])
			.sort()
	).toEqual(['Fakta', 'Fakta', 'Fakta', 'Myte']);
	// The value in words for reading; the stored code beside it for analysis.
	expect(
		of('myte-hvile')
			.map((r) => r[column('value_json')])
			.sort()
	).toEqual(['"fact"', '"fact"', '"fact"', '"myth"']);
	expect(
		of('added-1')
			.map((r) => r[column('value')])
			.sort()
	).toEqual(['Stiv', 'lorte ryg', 'stiv', 'øm']);
	const profileRows = of('added-2').map(
		(r) => JSON.parse(r[column('value_json')]!) as (number | null)[]
	);
	expect(profileRows.map((v) => v.filter((x) => x !== null).length).sort()).toEqual([3, 6, 6, 6]);
	for (const row of rows) expect(Number.isNaN(Date.parse(row[column('answered_at')]!))).toBe(false);
	await laptop.close();
});

test('the pain profile a deck names opens from its slide on the phones, and its results show on the console and the TV', async ({
	browser
}) => {
	const started = await startSession(browser, 'laenderyg-full');
	const { console: console_, joinCode } = started;
	const tv = await openScreen(browser, started);
	const phones: Page[] = [];
	for (let i = 0; i < 3; i++) phones.push(await newPhone(browser, joinCode));
	await expect(console_.locator('[data-testid=participant][data-online=true]')).toHaveCount(3);

	await console_
		.getByRole('navigation')
		.getByRole('button', { name: /Din smerteprofil/ })
		.click();
	const control = console_.getByTestId('question-smerteprofil');
	await control.getByRole('button', { name: 'Open' }).click();
	for (const [i, phone] of phones.entries()) {
		const form = phone.getByTestId('answer-input');
		await expect(form).toHaveAttribute('data-type', 'questionnaire');
		for (const [item, text] of baselinePainProfile.options.entries()) {
			await expect(form.locator('.item-question')).toHaveText(text);
			await form.locator(`button[data-value="${item + i}"]`).click();
			await expect(phone.getByTestId('questionnaire-progress')).toHaveAttribute(
				'data-done',
				String(item + 1)
			);
		}
		await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
	}

	// The console sees the results at once; the TV only after the reveal.
	await expect(control.getByTestId('answer-count')).toContainText('3');
	const onConsole = control.getByTestId('results');
	await expect(onConsole).toHaveAttribute('data-type', 'questionnaire');
	await expect(onConsole.locator('li[data-item]')).toHaveCount(baselinePainProfile.options.length);
	await expect(onConsole.locator('[data-item="0"]')).toContainText(baselinePainProfile.options[0]!);
	await expect(tv.getByTestId('screen-results')).toHaveCount(0);
	await control.getByRole('button', { name: 'Reveal' }).click();
	const shown = tv.getByTestId('screen-results');
	await expect(shown).toHaveAttribute('data-type', 'questionnaire');
	// Item n was answered n, n + 1 and n + 2: three answers, median n + 1.
	for (const item of [0, 5]) {
		await expect(shown.locator(`[data-item="${item}"]`)).toHaveAttribute('data-count', '3');
		await expect(shown.locator(`[data-item="${item}"]`)).toHaveAttribute(
			'data-median',
			String(item + 1)
		);
	}
	await console_.context().close();
});
