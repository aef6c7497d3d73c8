/**
 * One walk through every state a session shows: lobby, a slide, each question type open,
 * answered and revealed, results withheld for too few answers, a timed dialogue, the end and the
 * take-away. At each state `visit` is called once every page has settled, so a spec can check
 * whatever it cares about (axe, layout) on the same states.
 */
import { expect, type Page } from '@playwright/test';
import { connectAs, type Driver } from './e2e';
import { answerCheckIn, botCheckIn } from './exercise';

export type Kind = {
	type: string;
	/** The `question:add` payload. */
	add: Record<string, unknown>;
	/** The results the screen shows after the reveal; null for a private question. */
	results: string | null;
	moderated?: boolean;
	answer(phone: Page): Promise<void>;
	botValue: unknown;
};

const tap = (phone: Page, selector: string) =>
	phone.getByTestId('answer-input').locator(selector).click();
const write = async (phone: Page, text: string) => {
	await phone.getByTestId('answer-text').fill(text);
	await phone.getByTestId('answer-send').click();
};

export const kinds: Kind[] = [
	{
		type: 'scale',
		add: { template: 'scale', text: 'Hvor ondt gør det lige nu?' },
		results: 'scale',
		answer: (phone) => tap(phone, 'button[data-value="6"]'),
		botValue: 4
	},
	{
		type: 'agree5',
		add: { template: 'agree5', text: 'Bevægelse er godt for ryggen.' },
		results: 'scale',
		answer: (phone) => tap(phone, 'button[data-value="4"]'),
		botValue: 5
	},
	{
		type: 'single',
		add: {
			template: 'single',
			text: 'Hvad gør du, når det gør ondt?',
			options: ['Hviler mig', 'Går en tur', 'Tager en pille']
		},
		results: 'choice',
		answer: (phone) => tap(phone, 'button[data-option="1"]'),
		botValue: 0
	},
	{
		type: 'multiple',
		add: {
			template: 'multiple',
			text: 'Hvad hjælper dig?',
			options: ['Varme', 'Gåture', 'Hvile', 'Træning']
		},
		results: 'choice',
		async answer(phone) {
			await tap(phone, 'button[data-option="0"]');
			await tap(phone, 'button[data-option="3"]');
			await phone.getByTestId('answer-send').click();
		},
		botValue: [1, 3]
	},
	{
		type: 'myth-fact',
		add: {
			template: 'myth-fact',
			text: 'Ondt betyder altid skade.',
			answer: 'myth',
			explanation: 'Smerte kan også komme fra et følsomt nervesystem.'
		},
		results: 'myth-fact',
		answer: (phone) => tap(phone, 'button[data-choice="myth"]'),
		botValue: 'fact'
	},
	{
		type: 'open-text',
		add: { template: 'open-text', text: 'Hvad vil du gerne spørge om?' },
		results: 'wall',
		moderated: true,
		answer: (phone) => write(phone, 'Må jeg cykle, når det gør ondt?'),
		botValue: 'Hvor længe varer det?'
	},
	{
		type: 'word-cloud',
		add: { template: 'word-cloud', text: 'Ét ord for din ryg i dag?' },
		results: 'words',
		moderated: true,
		answer: (phone) => write(phone, 'stiv'),
		botValue: 'øm'
	},
	{
		type: 'goal',
		add: { template: 'goal', text: 'Hvad vil du gøre i den kommende uge?' },
		results: null,
		answer: (phone) => write(phone, 'Gå en tur hver morgen'),
		botValue: 'Cykle til arbejde'
	},
	{
		type: 'activity-rating',
		add: { template: 'activity-rating', text: 'Hvilken aktivitet er svær for dig?' },
		results: 'scale',
		async answer(phone) {
			await phone.getByTestId('answer-activity').fill('Bære indkøbsposer');
			await tap(phone, 'button[data-value="3"]');
			await phone.getByTestId('answer-send').click();
		},
		botValue: { activity: 'Støvsuge', rating: 5 }
	},
	{
		type: 'questionnaire',
		add: { template: 'baseline', text: 'Din smerteprofil' },
		results: 'questionnaire',
		async answer(phone) {
			for (let item = 0; item < 6; item++) {
				await tap(phone, `button[data-value="${item + 2}"]`);
				await expect(phone.getByTestId('questionnaire-progress')).toHaveAttribute(
					'data-done',
					String(item + 1)
				);
			}
		},
		botValue: [3, 5, 2, 4, 6, 7]
	}
];

export type Tour = {
	baseURL: string;
	joinCode: string;
	presenter: Driver;
	phones: Page[];
	screen?: Page;
	console?: Page;
	/** Called at every state; `kind` is set for the states of one question. */
	visit(state: string, kind?: Kind): Promise<void>;
};

/** Waits until every phone and the screen show the same slide. */
async function onSlide(tour: Tour, index: number) {
	for (const page of [...tour.phones, ...(tour.screen ? [tour.screen] : [])])
		await expect(page.locator('[data-slide-index]').first()).toHaveAttribute(
			'data-slide-index',
			String(index)
		);
}

async function inPhase(tour: Tour, questionId: string, phase: string) {
	for (const phone of tour.phones) {
		const question = phone.getByTestId('question');
		await expect(question).toHaveAttribute('data-question-id', questionId);
		await expect(question).toHaveAttribute('data-question-phase', phase);
	}
	if (tour.console)
		await expect(tour.console.getByTestId(`question-${questionId}`)).toHaveAttribute(
			'data-phase',
			phase
		);
}

async function answerOnPhone(phone: Page, kind: Kind) {
	await kind.answer(phone);
	await expect(phone.getByTestId('my-answer')).toHaveAttribute('data-status', 'saved');
}

/** Approves every entry still waiting, so the room sees the moderated results. */
async function approveAll(presenter: Driver) {
	const reply = (await presenter.command('session:sync')) as unknown as {
		snapshot: { presenter: { entries: { answerId: string; status: string }[] } };
	};
	for (const entry of reply.snapshot.presenter.entries)
		if (entry.status === 'pending')
			await presenter.command('entry:approve', { answerId: entry.answerId });
}

/** Two participants from Node, so that every question reaches the group threshold of three. */
async function joinBots(tour: Tour): Promise<Driver[]> {
	return Promise.all(
		[1, 2].map((n) =>
			connectAs(tour.baseURL, {
				role: 'participant',
				joinCode: tour.joinCode,
				participantId: `tour-bot-${n}-${Math.random().toString(36).slice(2, 12)}`
			})
		)
	);
}

export async function runTour(tour: Tour): Promise<void> {
	const { presenter, phones, screen, visit } = tour;
	const bots = await joinBots(tour);
	if (screen)
		await expect(screen.getByTestId('joined-count')).toContainText(String(phones.length + 2));
	await visit('lobby');

	await presenter.command('slide:next');
	await onSlide(tour, 0);
	await visit('slide');

	// A slide with one of the built-in pictures.
	const synced = (await presenter.command('session:sync')) as unknown as {
		snapshot: { slides: { index: number; figure?: string; exercise?: { id: string } }[] };
	};
	const pictured = synced.snapshot.slides.find((slide) => slide.figure)!;
	await presenter.command('slide:goto', { index: pictured.index });
	await onSlide(tour, pictured.index);
	for (const phone of phones)
		await expect(phone.getByTestId('slide').locator('figure')).toBeVisible();
	await visit('figure');

	let added = 0;
	for (const kind of kinds) {
		const questionId = `added-${++added}`;
		await presenter.command('question:add', kind.add);
		await inPhase(tour, questionId, 'open');
		if (screen) await expect(screen.getByTestId('screen-question')).toBeVisible();
		await visit(`${kind.type} open`, kind);

		for (const phone of phones) await answerOnPhone(phone, kind);
		for (const bot of bots)
			await bot.command('answer:submit', {
				answerId: `${questionId}-${Math.random().toString(36).slice(2, 12)}`,
				questionId,
				value: kind.botValue
			});
		if (tour.console)
			await expect(
				tour.console.getByTestId(`question-${questionId}`).getByTestId('answer-count')
			).toContainText(String(phones.length + bots.length));
		await visit(`${kind.type} answered`, kind);

		if (kind.moderated) await approveAll(presenter);
		await presenter.command('question:reveal', { questionId });
		await inPhase(tour, questionId, 'revealed');
		if (screen && kind.results)
			await expect(screen.getByTestId('screen-results')).toHaveAttribute('data-type', kind.results);
		if (kind.results)
			for (const phone of phones) await expect(phone.getByTestId('my-results')).toBeVisible();
		await visit(`${kind.type} revealed`, kind);
	}

	// One answer is too few to show the room.
	const withheld = `added-${++added}`;
	await presenter.command('question:add', { template: 'scale', text: 'Hvor træt er du i dag?' });
	await inPhase(tour, withheld, 'open');
	await answerOnPhone(phones[0]!, kinds[0]!);
	await presenter.command('question:reveal', { questionId: withheld });
	await inPhase(tour, withheld, 'revealed');
	if (screen)
		await expect(screen.getByTestId('screen-results')).toHaveAttribute('data-type', 'withheld');
	await visit('withheld');

	await presenter.command('dialogue:show', {
		text: 'Tal med din sidemand: hvad gør du selv, når ryggen driller?',
		seconds: 180,
		collect: true
	});
	for (const phone of phones) await expect(phone.getByTestId('dialogue')).toBeVisible();
	if (screen) await expect(screen.getByTestId('screen-dialogue')).toBeVisible();
	await visit('dialogue');

	const exercised = synced.snapshot.slides.find((slide) => slide.exercise);
	if (exercised) {
		await presenter.command('dialogue:clear');
		await exerciseTour(tour, bots, exercised.index, exercised.exercise!.id);
	}

	await presenter.command('session:end');
	for (const phone of phones) await expect(phone.getByTestId('ended')).toBeVisible();
	if (screen) await expect(screen.getByTestId('screen')).toHaveAttribute('data-phase', 'ended');
	await visit('ended');

	for (const phone of phones) {
		await phone.getByTestId('takeaway-link').click();
		await expect(phone.getByTestId('takeaway')).toHaveAttribute('data-ready', 'true');
	}
	await visit('takeaway');
	for (const bot of bots) bot.socket.disconnect();
}

/** An exercise running, paused, its check-in open, answered and revealed on the screen. */
async function exerciseTour(tour: Tour, bots: Driver[], index: number, exerciseId: string) {
	const { presenter, phones, screen, visit } = tour;
	const pages = [...phones, ...(screen ? [screen] : [])];
	await presenter.command('slide:goto', { index });
	await onSlide(tour, index);
	await presenter.command('exercise:start');
	for (const page of pages)
		await expect(page.getByTestId('exercise')).toHaveAttribute('data-status', 'running');
	await visit('exercise running');
	await presenter.command('exercise:pause');
	for (const page of pages)
		await expect(page.getByTestId('exercise')).toHaveAttribute('data-status', 'paused');
	await visit('exercise paused');
	await presenter.command('exercise:stop');
	for (const phone of phones) await expect(phone.getByTestId('check-in')).toBeVisible();
	await visit('exercise check-in');
	for (const phone of phones) await answerCheckIn(phone, exerciseId, 3);
	for (const bot of bots) await botCheckIn(bot, exerciseId, 4);
	await presenter.command('question:reveal', { questionId: `${exerciseId}-pain` });
	if (screen) await expect(screen.getByTestId('screen-check-in')).toBeVisible();
	await visit('exercise check-in revealed');
}
