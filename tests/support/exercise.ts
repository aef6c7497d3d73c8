/** Driving an exercise's check-in from a phone or from Node, for the exercise specs and the tour. */
import { expect, type Page } from '@playwright/test';
import type { Driver } from './e2e';

/** Answers the four parts of the check-in on a phone and waits until each is stored. */
export async function answerCheckIn(phone: Page, exerciseId: string, pain: number) {
	const part = (name: string) =>
		phone.getByTestId('check-in').locator(`[data-question-id="${exerciseId}-${name}"]`);
	await part('done').locator('button[data-option="1"]').click();
	await part('pain').locator(`button[data-value="${pain}"]`).click();
	await part('eased').locator('button[data-option="0"]').click();
	await part('words').getByTestId('answer-text').fill('Det var rart at sidde stille.');
	await part('words').getByTestId('answer-send').click();
	for (const name of ['done', 'pain', 'eased', 'words'])
		await expect(part(name).getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
}

/** The same from a participant's socket: done, pain and eased, or the parts named. */
export async function botCheckIn(
	bot: Driver,
	exerciseId: string,
	pain: number,
	parts: string[] = ['done', 'pain', 'eased']
) {
	const values: Record<string, number> = { done: 0, pain, eased: 1 };
	for (const [name, value] of Object.entries(values).filter(([name]) => parts.includes(name)))
		await bot.command('answer:submit', {
			answerId: `${exerciseId}-${name}-${Math.random().toString(36).slice(2, 12)}`,
			questionId: `${exerciseId}-${name}`,
			value
		});
}
