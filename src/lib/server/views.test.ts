/** What each role is sent: the console sees all; the remote and a phone only their own. */
import { describe, expect, it } from 'vitest';
import { allTypesDeck } from '../../../tests/support/allTypes';
import { fixtureDeck } from '../../../tests/support/live';
import { answer, open, runAll, viewSessions } from '../../../tests/support/views';
import type { StateCommand } from '../live/types';
import type { LiveSession } from './sessions/session';
import { presenterState } from './presenterView';
import { myAnswers, presenterSlides, remoteState } from './views';

const services = viewSessions();
const run = (session: LiveSession, ...commands: StateCommand[]) =>
	runAll(services.sessions, session, ...commands);

describe('presenterState', () => {
	it("gives the console every question's full results and count, also below the threshold", async () => {
		const { session } = await services.sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('smerte'));
		const state = presenterState(session, [answer('smerte', 'a', 9)], [], new Set(), []);
		const pain = state.questions.find((q) => q.id === 'smerte')!;
		expect(pain).toMatchObject({ type: 'scale', phase: 'open', count: 1, added: false });
		expect(pain.results).toMatchObject({ type: 'scale', total: 1 });
		expect(state.activeQuestionId).toBe('smerte');
		expect(state.questions).toHaveLength(10);
	});

	it('lists who is online and how many answers each gave', async () => {
		const { session } = await services.sessions.create(allTypesDeck());
		const people = ['a', 'b'].map((id, i) => ({
			sessionId: session.record.id,
			id,
			nickname: i ? '' : 'Inger',
			joinedAt: i
		}));
		const answers = [answer('smerte', 'a', 1), answer('enig', 'a', 2)];
		expect(presenterState(session, answers, people, new Set(['b']), []).participants).toEqual([
			{ id: 'a', nickname: 'Inger', online: false, answered: 2 },
			{ id: 'b', nickname: '', online: true, answered: 0 }
		]);
	});

	it('puts text entries in the moderation queue and marks the answers the deck asks to notice', async () => {
		const { session } = await services.sessions.create(allTypesDeck());
		const text = answer('tekst', 'a', 'Må jeg løbe?', { status: 'pending', flagged: true });
		const answers = [
			text,
			answer('smerte', 'a', 8),
			answer('smerte', 'b', 7),
			answer('enig', 'b', 4)
		];
		const state = presenterState(session, answers, [], new Set(), []);
		expect(state.entries).toEqual([
			{
				answerId: text.answerId,
				questionId: 'tekst',
				participantId: 'a',
				text: 'Må jeg løbe?',
				status: 'pending',
				flagged: true
			}
		]);
		expect(state.responses.map((r) => [r.participantId, r.questionId, r.display, r.alert])).toEqual(
			[
				['a', 'tekst', 'Må jeg løbe?', false],
				['a', 'smerte', '8', true],
				['b', 'smerte', '7', false],
				['b', 'enig', 'Enig', false]
			]
		);
	});

	it('counts a question again when its answers change, also when an entry is approved in place', async () => {
		const { session } = await services.sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('ord'));
		const words = [answer('ord', 'a', 'gåtur', { status: 'pending' })];
		const cloud = (answers: typeof words) =>
			presenterState(session, answers, [], new Set(), []).questions.find((q) => q.id === 'ord')!;
		expect(cloud(words).results).toMatchObject({ type: 'words', words: [] });
		words[0]!.status = 'approved';
		expect(cloud(words).results).toMatchObject({ words: [{ word: 'gåtur', count: 1 }] });
		const more = [...words, answer('ord', 'b', 'gåtur', { status: 'approved' })];
		expect(cloud(more)).toMatchObject({ count: 2, results: { words: [{ count: 2 }] } });
	});

	it('warns of red-flag slides the room has not seen, and tells whether a phone is paired', async () => {
		const { session } = await services.sessions.create(fixtureDeck());
		expect(presenterState(session, [], [], new Set(), [])).toMatchObject({
			unseenSafety: [2],
			remote: { paired: false, pairing: false }
		});
		await run(session, { type: 'slide:goto', index: 2 }, { type: 'slide:goto', index: 0 });
		expect(presenterState(session, [], [], new Set(), []).unseenSafety).toEqual([]);
	});
});

describe('the remote, the slides and own answers', () => {
	it("gives a paired phone the slide titles and the current slide's questions, nothing else", async () => {
		const { session } = await services.sessions.create(fixtureDeck());
		await run(session, { type: 'slide:goto', index: 1 }, open('tiltro'));
		expect(remoteState(session)).toEqual({
			seq: session.record.state.seq,
			slideTitles: ['Første', 'Anden', 'Tredje'],
			questions: [
				{ id: 'tiltro', text: 'Hvor sikker er du?', type: 'scale', phase: 'open' },
				{ id: 'maal', text: 'Hvad vil du gøre?', type: 'goal', phase: 'draft' }
			]
		});
	});

	it("gives the console each slide's notes, prompts and question ids", async () => {
		const { session } = await services.sessions.create(fixtureDeck());
		const [first] = presenterSlides(session);
		expect(first).toMatchObject({
			index: 0,
			id: 'foerste',
			notesHtml: '<p>Kun til fysioterapeuten.</p>',
			questionIds: ['smerte']
		});
	});

	it('gives a phone only its own answers', () => {
		const answers = [answer('smerte', 'a', 3), answer('smerte', 'b', 4), answer('enig', 'a', 5)];
		expect(myAnswers(answers, 'a')).toEqual([
			{ questionId: 'smerte', answerId: answers[0]!.answerId, value: 3 },
			{ questionId: 'enig', answerId: answers[2]!.answerId, value: 5 }
		]);
	});
});
