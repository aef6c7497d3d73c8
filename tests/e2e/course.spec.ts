import {
	devices,
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { startFromLibrary } from '../support/e2e';

/** Starts a session of the low back pain deck from the library, in a new or an existing course. */
async function startCourseSession(
	laptop: BrowserContext,
	course: { newName?: string; existing?: string }
): Promise<Page> {
	const started = await startFromLibrary(laptop, 'laenderyg-full', async (library) => {
		const select = library.getByTestId('course-low-back-pain');
		if (course.newName) {
			await select.selectOption('new');
			await library.getByTestId('course-name-low-back-pain').fill(course.newName);
		} else {
			await select.selectOption({ label: course.existing! });
		}
	});
	return started.console;
}

async function joinAndAnswer(phone: Page, code: string, pain: number) {
	await phone.goto(`/s/${code}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await expect(phone.getByTestId('question')).toHaveAttribute('data-question-phase', 'open');
	await phone.getByTestId('answer-input').locator(`button[data-value="${pain}"]`).click();
	await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
}

async function openPain(console_: Page): Promise<string> {
	await console_.keyboard.press('ArrowRight');
	await console_.getByTestId('question-smerte-i-dag').getByRole('button', { name: 'Open' }).click();
	return (await console_.getByTestId('join-code').textContent())!.replace(/\s/g, '');
}

async function phone(browser: Browser): Promise<Page> {
	return (await browser.newContext({ ...devices['Pixel 5'] })).newPage();
}

test("a course of two sessions: the same three participants, one on a new phone by code, see their own change; the presenter sees the group's", async ({
	browser
}) => {
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 } });

	// Session 1.
	const first = await startCourseSession(laptop, { newName: 'Ryghold efterår' });
	await expect(first.getByTestId('course-name')).toContainText('Ryghold efterår, session 1');
	const code1 = await openPain(first);
	const phones = [await phone(browser), await phone(browser), await phone(browser)];
	const before = [7, 6, 8];
	for (const [i, p] of phones.entries()) await joinAndAnswer(p, code1, before[i]!);
	const personalCode = (await phones[2]!.getByTestId('reentry-code').textContent())!;
	expect(personalCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	// The red-flag slide was never shown: the console offers it; this course ends all the same.
	await first.getByRole('button', { name: 'End session' }).click();
	await first.getByTestId('end-safety-warning').getByTestId('end-anyway').click();
	await expect(phones[0]!.getByTestId('ended')).toBeVisible();
	await first.close();

	// Session 2 of the same course. The third participant comes on a new phone with their code.
	const second = await startCourseSession(laptop, { existing: 'Ryghold efterår' });
	await expect(second.getByTestId('course-name')).toContainText('Ryghold efterår, session 2');
	const code2 = await openPain(second);
	const newPhone = await phone(browser);
	await newPhone.goto(`/s/${code2}`);
	await expect(newPhone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	await newPhone.getByTestId('about').click();
	await newPhone.getByTestId('reentry-input').fill(personalCode.toLowerCase());
	await newPhone.getByTestId('reentry-submit').click();
	await expect(newPhone.getByTestId('reentry-code')).toHaveText(personalCode);

	const after = [5, 6, 4];
	const everyone = [phones[0]!, phones[1]!, newPhone];
	for (const [i, p] of everyone.entries()) {
		if (p !== newPhone) await joinAndAnswer(p, code2, after[i]!);
		else {
			await p.getByTestId('answer-input').locator(`button[data-value="${after[i]}"]`).click();
			await expect(p.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
		}
		// Each sees their own change, privately, on their own phone.
		await expect(p.getByTestId('previous')).toContainText(String(before[i]));
		const change = after[i]! - before[i]!;
		await expect(p.getByTestId('my-change')).toContainText(
			change > 0 ? `+${change}` : String(change)
		);
	}

	// The presenter sees each person's change and the group's (median 7 → 5).
	const changes = second.getByTestId('changes').locator('[data-question-id="smerte-i-dag"]');
	await expect(changes.getByTestId('person-change')).toHaveCount(3);
	await expect(changes.getByTestId('group-change')).toContainText('7');
	await expect(changes.getByTestId('group-delta')).toHaveText('-2');
	await expect(second.locator('[data-testid=participant]')).toHaveCount(3);

	// The take-away opens later on the new phone, with both sessions and the change.
	await newPhone.goto('/takeaway');
	await expect(newPhone.getByTestId('takeaway')).toHaveAttribute('data-ready', 'true');
	await expect(newPhone.getByTestId('takeaway-session')).toHaveCount(2);
	await expect(newPhone.getByTestId('takeaway-change').first()).toContainText('8 → 4');
	await expect(newPhone.getByTestId('takeaway-code')).toHaveText(personalCode);
	await laptop.close();
});

test('the take-away opens with the personal code on any phone, and a wrong code gets a clear message', async ({
	browser
}) => {
	const laptop = await browser.newContext();
	const console_ = await startCourseSession(laptop, { newName: 'Knæhold' });
	const code = await openPain(console_);
	const p = await phone(browser);
	await joinAndAnswer(p, code, 3);
	const personalCode = (await p.getByTestId('reentry-code').textContent())!;

	const elsewhere = await phone(browser);
	await elsewhere.goto('/takeaway');
	await elsewhere.getByTestId('takeaway-code-input').fill('ZZZZ-ZZZZ');
	await elsewhere.getByTestId('takeaway-open').click();
	await expect(elsewhere.getByRole('alert')).toBeVisible();
	await elsewhere.getByTestId('takeaway-code-input').fill(personalCode);
	await elsewhere.getByTestId('takeaway-open').click();
	await expect(elsewhere.getByTestId('takeaway-session')).toHaveCount(1);
	await expect(elsewhere.getByTestId('takeaway-session')).toContainText('Knæhold');
	await laptop.close();
});
