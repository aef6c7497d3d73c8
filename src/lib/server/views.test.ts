/** What each role is sent: the room sees nothing private and nothing early; the console sees all. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allTypesDeck } from '../../../tests/support/allTypes';
import { fixtureDeck } from '../../../tests/support/live';
import type { StateCommand } from '../live/types';
import type { AnswerValue } from '../questions/values';
import { SessionService } from './sessions/service';
import type { LiveSession } from './sessions/session';
import { createSqliteStore } from './store/sqlite/store';
import type { AnswerRecord, Store } from './store/types';
import { myAnswers, presenterSlides, presenterState, publicState, remoteState } from './views';

let store: Store;
let sessions: SessionService;
beforeEach(() => {
	store = createSqliteStore(':memory:');
	sessions = new SessionService(store, () => 1_000);
});
afterEach(() => store.close());

async function run(session: LiveSession, ...commands: StateCommand[]) {
	for (const command of commands) {
		const result = await sessions.run(session, command);
		if (!result.ok) throw new Error(result.error.message);
	}
}

let counter = 0;
function answer(
	questionId: string,
	participantId: string,
	value: AnswerValue,
	extra: Partial<AnswerRecord> = {}
): AnswerRecord {
	return {
		sessionId: 'session',
		questionId,
		participantId,
		answerId: `answer-${++counter}`,
		value,
		status: null,
		flagged: false,
		answeredAt: counter,
		...extra
	};
}

const open = (questionId: string): StateCommand => ({ type: 'question:open', questionId });
const reveal = (questionId: string): StateCommand => ({ type: 'question:reveal', questionId });

describe('publicState', () => {
	it('shows the lobby with the join code and no slide', async () => {
		const { session } = await sessions.create(fixtureDeck());
		const state = publicState(session, [], 4, 123);
		expect(state).toMatchObject({
			phase: 'lobby',
			joinCode: session.record.joinCode,
			slideIndex: -1,
			slideCount: 3,
			slide: null,
			question: null,
			results: null,
			serverNow: 123,
			participantsOnline: 4,
			closingSafety: []
		});
	});

	it("shows the slide's participant text and safety, never the presenter's notes", async () => {
		const { session } = await sessions.create(fixtureDeck());
		await run(session, { type: 'slide:goto', index: 2 });
		const { slide } = publicState(session, [], 0, 0);
		expect(slide).toEqual({
			index: 2,
			id: 'tredje',
			title: 'Tredje',
			html: '<p>Tak.</p>',
			safety: [{ html: '<p>Ring til vagtlægen ved alarmtegn.</p>', redFlag: false }]
		});
		await run(session, { type: 'slide:goto', index: 0 });
		expect(JSON.stringify(publicState(session, [], 0, 0))).not.toContain('fysioterapeuten');
	});

	it('keeps results back until the reveal, and below three answers in a group', async () => {
		const { session } = await sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('smerte'));
		const two = [answer('smerte', 'a', 3), answer('smerte', 'b', 9)];
		expect(publicState(session, two, 0, 0).results).toBeNull();
		await run(session, reveal('smerte'));
		expect(publicState(session, two, 0, 0).results).toEqual({
			questionId: 'smerte',
			type: 'withheld',
			total: 2,
			needed: 3
		});
		const three = [...two, answer('smerte', 'c', 5)];
		expect(publicState(session, three, 0, 0).results).toMatchObject({ type: 'scale', total: 3 });
	});

	it('shows one patient their own result as soon as they answer', async () => {
		const { session } = await sessions.create(allTypesDeck(), 'individual');
		await run(session, { type: 'slide:next' }, open('smerte'));
		expect(publicState(session, [], 0, 0).results).toBeNull();
		const results = publicState(session, [answer('smerte', 'a', 6)], 0, 0).results;
		expect(results).toMatchObject({ type: 'scale', total: 1, median: 6 });
	});

	it("sends a myth's answer only with the reveal", async () => {
		const { session } = await sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('myte'));
		expect(publicState(session, [], 0, 0).question).toEqual({
			id: 'myte',
			text: 'Smerte betyder skade.',
			phase: 'open',
			type: 'myth-fact'
		});
		await run(session, reveal('myte'));
		expect(publicState(session, [], 0, 0).question).toMatchObject({
			answer: 'myth',
			explanation: 'Smerte kan komme fra et følsomt nervesystem.'
		});
	});

	it('never shows personal goals, not even revealed', async () => {
		const { session } = await sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('maal'), reveal('maal'));
		const goals = ['a', 'b', 'c'].map((p) => answer('maal', p, `Mål for ${p}`));
		const state = publicState(session, goals, 0, 0);
		expect(state.results).toBeNull();
		expect(JSON.stringify(state)).not.toContain('Mål for');
	});

	it('hands everyone every safety block once the session has ended', async () => {
		const { session } = await sessions.create(fixtureDeck());
		await run(session, { type: 'slide:next' }, { type: 'session:end' });
		expect(publicState(session, [], 0, 0)).toMatchObject({
			phase: 'ended',
			slide: null,
			closingSafety: [{ html: '<p>Ring til vagtlægen ved alarmtegn.</p>', redFlag: false }]
		});
	});
});

describe('presenterState', () => {
	it("gives the console every question's full results and count, also below the threshold", async () => {
		const { session } = await sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('smerte'));
		const state = presenterState(session, [answer('smerte', 'a', 9)], [], new Set(), []);
		const pain = state.questions.find((q) => q.id === 'smerte')!;
		expect(pain).toMatchObject({ type: 'scale', phase: 'open', count: 1, added: false });
		expect(pain.results).toMatchObject({ type: 'scale', total: 1 });
		expect(state.activeQuestionId).toBe('smerte');
		expect(state.questions).toHaveLength(10);
	});

	it('lists who is online and how many answers each gave', async () => {
		const { session } = await sessions.create(allTypesDeck());
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
		const { session } = await sessions.create(allTypesDeck());
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

	it('warns of red-flag slides the room has not seen, and tells whether a phone is paired', async () => {
		const { session } = await sessions.create(fixtureDeck());
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
		const { session } = await sessions.create(fixtureDeck());
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
		const { session } = await sessions.create(fixtureDeck());
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
