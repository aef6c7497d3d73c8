import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/lib/decks/parse';
import { formatDeckError, type Deck } from '../../src/lib/decks/schema';
import type { AnswerValue, PublicState, Results } from '../../src/lib/protocol';
import { baselinePainProfile } from '../../src/lib/questions/library';
import { median } from '../../src/lib/questions/results';
import { allTypesDeck } from '../support/allTypes';
import {
	asPresenter,
	connect,
	newParticipantId,
	removeDir,
	send,
	startServer,
	sync,
	waitFor,
	type Client,
	type TestServer
} from '../support/live';

let server: TestServer;
let sessionId: string;
let joinCode: string;
let presenterKey: string;
let screenKey: string;
let presenter: Client;

/** Starts a session of `deck` on the first slide; the helpers below then work on it. */
async function startSession(deck: Deck) {
	const created = await server.sessions.create(deck);
	({ joinCode, presenterKey, screenKey } = {
		...created,
		joinCode: created.session.record.joinCode
	});
	sessionId = created.session.record.id;
	presenter = (await connect(server, { role: 'presenter', sessionId, presenterKey })).socket;
	expect(await send(presenter, 'slide:next', {})).toMatchObject({ ok: true });
}

beforeEach(async () => {
	server = await startServer();
	await startSession(allTypesDeck());
});

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

async function phones(n: number): Promise<Client[]> {
	return Promise.all(
		Array.from({ length: n }, () =>
			connect(server, { role: 'participant', joinCode, participantId: newParticipantId() }).then(
				(c) => c.socket
			)
		)
	);
}

let answerCounter = 0;
function answer(socket: Client, questionId: string, value: unknown) {
	answerCounter += 1;
	return send(socket, 'answer:submit', {
		answerId: `answer-${answerCounter}-${Date.now()}`,
		questionId,
		value
	});
}

async function open(questionId: string) {
	expect(await send(presenter, 'question:open', { questionId })).toMatchObject({ ok: true });
}

/** Reveals and returns what the room (the audience screen) receives. */
async function reveal(questionId: string, screen: Client): Promise<Results | null> {
	const shown = waitFor(
		screen,
		'session:state',
		(s) => s.question?.id === questionId && s.question.phase === 'revealed'
	);
	expect(await send(presenter, 'question:reveal', { questionId })).toMatchObject({ ok: true });
	return (await shown).results;
}

const screenSocket = async () =>
	(await connect(server, { role: 'screen', sessionId, screenKey })).socket;

/** Everything a socket receives, as text, to prove what never arrives. */
function recordAll(socket: Client): () => string {
	const seen: unknown[] = [];
	socket.onAny((...args: unknown[]) => seen.push(args));
	return () => JSON.stringify(seen);
}

describe('answers are checked against their question', () => {
	it.each<[string, AnswerValue[], unknown[]]>([
		['smerte', [0, 10, 7], [11, -1, 2.5, 'seven', [7], { activity: 'x', rating: 1 }]],
		['enig', [1, 5], [0, 6, 'enig']],
		['et-svar', [0, 2], [3, -1, [0]]],
		['flere', [[0, 2], [1], [3, 0]], [[4], 2, ['a']]],
		['myte', ['myth', 'fact'], ['maybe', 1, true]],
		['tekst', ['Kan jeg cykle?'], ['', '   ', 'x'.repeat(201), 5]],
		['ord', ['ømhed', 'stiv ryg', 'lidt for stiv'], ['en to tre fire', '', 3]],
		['maal', ['Gå en tur hver dag'], ['', 'x'.repeat(201)]],
		[
			'aktivitet',
			[{ activity: 'Støvsuge', rating: 3 }],
			[
				{ activity: '', rating: 3 },
				{ activity: 'Gå', rating: 11 },
				{ activity: 'x'.repeat(81), rating: 2 },
				3
			]
		],
		[
			'profil',
			[
				[1, 2, 3],
				[5, null, null]
			],
			[[1, 2], [1, 2, 3, 4], [11, 0, 0], 'alle']
		]
	])(
		'%s accepts good answers and refuses bad ones with a clear error',
		async (questionId, good, bad) => {
			const [phone] = await phones(1);
			await open(questionId);
			for (const value of good)
				expect(await answer(phone!, questionId, value), JSON.stringify(value)).toMatchObject({
					ok: true
				});
			for (const value of bad) {
				const ack = await answer(phone!, questionId, value);
				expect(ack, JSON.stringify(value).slice(0, 40)).toMatchObject({
					ok: false,
					error: { code: 'bad_request' }
				});
			}
			const stored = await server.sessions.store.listAnswers(sessionId, questionId);
			expect(stored).toHaveLength(1);
			expect(stored[0]?.value).toEqual(questionId === 'flere' ? [0, 3] : good.at(-1));
		}
	);
});

describe('results', () => {
	it('counts every type correctly once revealed', async () => {
		const group = await phones(4);
		const screen = await screenSocket();
		const cases: [string, AnswerValue[], (r: Results) => void][] = [
			[
				'smerte',
				[2, 7, 7, 9],
				(r) => expect(r).toMatchObject({ type: 'scale', total: 4, median: 7 })
			],
			[
				'enig',
				[1, 4, 5, 5],
				(r) => expect(r).toMatchObject({ type: 'scale', min: 1, counts: [1, 0, 0, 1, 2] })
			],
			[
				'et-svar',
				[0, 1, 1, 2],
				(r) => expect(r).toMatchObject({ type: 'choice', total: 4, counts: [1, 2, 1] })
			],
			[
				'flere',
				[[0, 1], [1], [1, 3], [0, 1, 2, 3]],
				(r) => expect(r).toMatchObject({ type: 'choice', total: 4, counts: [2, 4, 1, 2] })
			],
			[
				'myte',
				['myth', 'myth', 'fact', 'myth'],
				(r) =>
					expect(r).toMatchObject({
						type: 'myth-fact',
						myth: 3,
						fact: 1,
						answer: 'myth',
						explanation: expect.stringContaining('følsomt')
					})
			],
			[
				'aktivitet',
				[
					{ activity: 'Gå', rating: 2 },
					{ activity: 'Løfte', rating: 4 },
					{ activity: 'Cykle', rating: 4 },
					{ activity: 'Bære', rating: 8 }
				],
				(r) => expect(r).toMatchObject({ type: 'scale', total: 4, median: 4 })
			],
			[
				'profil',
				[
					[1, 2, 3],
					[3, 4, 5],
					[5, 6, null],
					[7, 8, null]
				],
				(r) =>
					expect(r).toMatchObject({
						type: 'questionnaire',
						total: 4,
						items: [
							{ count: 4, median: 4 },
							{ count: 4, median: 5 },
							{ count: 2, median: 4 }
						]
					})
			]
		];
		for (const [questionId, values, check] of cases) {
			await open(questionId);
			for (const [i, phone] of group.entries())
				expect(await answer(phone, questionId, values[i])).toMatchObject({ ok: true });
			const results = await reveal(questionId, screen);
			expect(results).not.toBeNull();
			check(results!);
		}
	});

	it('keeps the myth-or-fact answer and explanation off every phone until the reveal', async () => {
		const [phone] = await phones(1);
		const seen = recordAll(phone!);
		await open('myte');
		const snapshot = await sync(phone!);
		expect(snapshot.state.question).toEqual({
			id: 'myte',
			type: 'myth-fact',
			text: 'Smerte betyder skade.',
			phase: 'open'
		});
		expect(seen()).not.toContain('følsomt nervesystem');
	});

	it('shows nothing to the room until three have answered', async () => {
		const group = await phones(3);
		const screen = await screenSocket();
		await open('smerte');
		await answer(group[0]!, 'smerte', 4);
		await answer(group[1]!, 'smerte', 6);
		expect(await reveal('smerte', screen)).toEqual({
			questionId: 'smerte',
			type: 'withheld',
			total: 2,
			needed: 3
		});
		await open('smerte');
		await answer(group[2]!, 'smerte', 8);
		expect(await reveal('smerte', screen)).toMatchObject({ type: 'scale', total: 3, median: 6 });
	});
});

describe('privacy', () => {
	it('never sends a personal goal to another phone or the screen, but the presenter sees it', async () => {
		const [author, other] = await phones(2);
		const screen = await screenSocket();
		const otherSaw = recordAll(other!);
		const screenSaw = recordAll(screen);
		await open('maal');
		const goal = 'Jeg vil gå til postkassen hver morgen';
		expect(await answer(author!, 'maal', goal)).toMatchObject({ ok: true });
		await answer(other!, 'maal', 'Cykle');
		await send(presenter, 'question:reveal', { questionId: 'maal' });
		await sync(other!);
		await sync(screen);
		expect(otherSaw()).not.toContain('postkassen');
		expect(screenSaw()).not.toContain('postkassen');
		const view = asPresenter(await sync(presenter)).presenter;
		expect(view.responses.map((r) => r.display)).toContain(goal);
	});

	it("never sends one participant's individual answers to another", async () => {
		const [a, b] = await phones(2);
		const bSaw = recordAll(b!);
		await open('aktivitet');
		await answer(a!, 'aktivitet', { activity: 'Hænge vasketøj op', rating: 2 });
		await sync(b!);
		expect(bSaw()).not.toContain('vasketøj');
	});
});

describe('moderation', () => {
	it('keeps unapproved entries off the screen; approved ones appear, hidden ones go again', async () => {
		const group = await phones(3);
		const screen = await screenSocket();
		const screenSaw = recordAll(screen);
		await open('tekst');
		const texts = ['Må jeg svømme?', 'Hvor længe varer det?', 'Det er noget lort'];
		for (const [i, phone] of group.entries()) await answer(phone, 'tekst', texts[i]);

		const view = asPresenter(await sync(presenter)).presenter;
		expect(view.entries.map((e) => [e.text, e.status, e.flagged])).toEqual([
			[texts[0], 'pending', false],
			[texts[1], 'pending', false],
			[texts[2], 'pending', true]
		]);
		const results = await reveal('tekst', screen);
		expect(results).toMatchObject({ type: 'wall', total: 3, entries: [] });

		const approvedId = view.entries[0]!.answerId;
		const appears = waitFor(
			screen,
			'session:state',
			(s: PublicState) => s.results?.type === 'wall' && s.results.entries.length === 1
		);
		expect(await send(presenter, 'entry:approve', { answerId: approvedId })).toMatchObject({
			ok: true
		});
		expect((await appears).results).toMatchObject({
			entries: [{ id: approvedId, text: texts[0] }]
		});

		const goes = waitFor(
			screen,
			'session:state',
			(s: PublicState) => s.results?.type === 'wall' && s.results.entries.length === 0
		);
		expect(await send(presenter, 'entry:hide', { answerId: approvedId })).toMatchObject({
			ok: true
		});
		await goes;
		expect(screenSaw()).not.toContain(texts[1]);
		expect(screenSaw()).not.toContain(texts[2]);
	});

	it('builds the word cloud from approved words only, counted regardless of case', async () => {
		const group = await phones(4);
		const screen = await screenSocket();
		await open('ord');
		const words = ['Stiv', 'stiv', 'træt', 'øm'];
		for (const [i, phone] of group.entries()) await answer(phone, 'ord', words[i]);
		const view = asPresenter(await sync(presenter)).presenter;
		for (const entry of view.entries.filter((e) => e.text !== 'øm')) {
			expect(await send(presenter, 'entry:approve', { answerId: entry.answerId })).toMatchObject({
				ok: true
			});
		}
		expect(await reveal('ord', screen)).toMatchObject({
			type: 'words',
			words: [
				{ word: 'stiv', count: 2 },
				{ word: 'træt', count: 1 }
			]
		});
	});

	it('refuses moderation from a participant and for an unknown entry', async () => {
		const [phone] = await phones(1);
		expect(await send(phone!, 'entry:approve', { answerId: 'whatever-123' })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await send(presenter, 'entry:approve', { answerId: 'whatever-123' })).toMatchObject({
			ok: false,
			error: { code: 'not_found' }
		});
	});
});

describe('the presenter console', () => {
	it('flags answers the deck marks for attention, and only there', async () => {
		const [phone] = await phones(1);
		const screen = await screenSocket();
		const screenSaw = recordAll(screen);
		await open('smerte');
		await answer(phone!, 'smerte', 9);
		await open('et-svar');
		await answer(phone!, 'et-svar', 2);
		const view = asPresenter(await sync(presenter)).presenter;
		expect(view.responses.filter((r) => r.alert).map((r) => [r.questionId, r.display])).toEqual([
			['smerte', '9'],
			['et-svar', 'Ringer til lægen']
		]);
		expect(screenSaw()).not.toContain('"alert"');
	});

	it('adds a question from the menu, including the baseline pain profile, and runs it', async () => {
		const [phone] = await phones(1);
		const added = waitFor(phone!, 'session:state', (s) => s.question?.id === 'added-1');
		expect(
			await send(presenter, 'question:add', { template: 'baseline', text: 'Smerteprofil' })
		).toMatchObject({ ok: true });
		const state = await added;
		expect(state.question).toMatchObject({
			type: 'questionnaire',
			phase: 'open',
			items: expect.arrayContaining([expect.stringMatching(/\?$/)])
		});
		expect(await answer(phone!, 'added-1', [3, 5, null, null, null, null])).toMatchObject({
			ok: true
		});
		expect(await send(phone!, 'question:add', { template: 'scale', text: 'x' })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('puts a dialogue prompt with a server deadline on every screen, and collects short answers', async () => {
		const [phone] = await phones(1);
		const shown = waitFor(phone!, 'session:state', (s) => s.dialogue !== null);
		expect(
			await send(presenter, 'dialogue:show', {
				text: 'Tal sammen to og to',
				seconds: 180,
				collect: true
			})
		).toMatchObject({ ok: true });
		const state = await shown;
		expect(state.dialogue?.text).toBe('Tal sammen to og to');
		expect(state.dialogue!.endsAt! - state.serverNow).toBeGreaterThan(170_000);
		expect(state.dialogue!.endsAt! - state.serverNow).toBeLessThanOrEqual(180_000);
		expect(state.question).toMatchObject({
			id: state.dialogue?.questionId,
			type: 'open-text',
			phase: 'open'
		});
		expect(await answer(phone!, state.dialogue!.questionId!, 'Vi går ture')).toMatchObject({
			ok: true
		});
	});
});

describe('a shipped questionnaire named in a deck', () => {
	it('opens on the phones with the library’s items and shows its results on the console and the screen', async () => {
		const file = 'sessions/laenderyg-full.md';
		const parsed = parseDeck(file, readFileSync(file));
		if (!parsed.ok) throw new Error(parsed.errors.map(formatDeckError).join('\n'));
		await startSession(parsed.deck);
		const index = parsed.deck.slides.findIndex((s) =>
			s.questions.some((q) => q.type === 'questionnaire')
		);
		const questionId = parsed.deck.slides[index]!.questions.find(
			(q) => q.type === 'questionnaire'
		)!.id;
		expect(await send(presenter, 'slide:goto', { index })).toMatchObject({ ok: true });

		const group = await phones(3);
		const screen = await screenSocket();
		const opened = group.map((phone) =>
			waitFor(
				phone,
				'session:state',
				(s) => s.question?.id === questionId && s.question.phase === 'open'
			)
		);
		await open(questionId);
		for (const state of await Promise.all(opened))
			expect(state.question).toEqual({
				id: questionId,
				type: 'questionnaire',
				text: baselinePainProfile.text,
				phase: 'open',
				items: baselinePainProfile.options,
				minLabel: baselinePainProfile['min-label'],
				maxLabel: baselinePainProfile['max-label']
			});

		const values = [
			[2, 6, 1, 3, 4, 7],
			[4, 8, 3, 5, null, 6],
			[6, 9, 5, null, null, 5]
		];
		for (const [i, phone] of group.entries())
			expect(await answer(phone, questionId, values[i])).toMatchObject({ ok: true });

		const onConsole = asPresenter(await sync(presenter)).presenter.questions.find(
			(q) => q.id === questionId
		);
		expect(onConsole).toMatchObject({ added: false, count: 3, type: 'questionnaire' });
		const expected = {
			type: 'questionnaire',
			total: 3,
			items: baselinePainProfile.options.map((text, i) => {
				const given = values.map((v) => v[i]).filter((v): v is number => v !== null);
				return { text, count: given.length, median: median(given) };
			})
		};
		expect(onConsole?.results).toMatchObject(expected);
		expect(await reveal(questionId, screen)).toMatchObject(expected);
	});
});
