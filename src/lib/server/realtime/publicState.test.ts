/** The public view: the room sees nothing private and nothing early. */
import { describe, expect, it } from 'vitest';
import { allTypesDeck } from '../../../../tests/support/allTypes';
import { fixtureDeck } from '../../../../tests/support/live';
import { answer, open, reveal, runAll, viewSessions } from '../../../../tests/support/views';
import type { StateCommand } from '../../live/types';
import type { LiveSession } from '../sessions/session';
import { publicState } from './publish';

const services = viewSessions();
const run = (session: LiveSession, ...commands: StateCommand[]) =>
	runAll(services.sessions, session, ...commands);

describe('publicState', () => {
	it('shows the lobby with the join code and no slide', async () => {
		const { session } = await services.sessions.create(fixtureDeck());
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
		const { session } = await services.sessions.create(fixtureDeck());
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
		const { session } = await services.sessions.create(allTypesDeck());
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
		const { session } = await services.sessions.create(allTypesDeck(), 'individual');
		await run(session, { type: 'slide:next' }, open('smerte'));
		expect(publicState(session, [], 0, 0).results).toBeNull();
		const results = publicState(session, [answer('smerte', 'a', 6)], 0, 0).results;
		expect(results).toMatchObject({ type: 'scale', total: 1, median: 6 });
	});

	it("sends a myth's answer only with the reveal", async () => {
		const { session } = await services.sessions.create(allTypesDeck());
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
		const { session } = await services.sessions.create(allTypesDeck());
		await run(session, { type: 'slide:next' }, open('maal'), reveal('maal'));
		const goals = ['a', 'b', 'c'].map((p) => answer('maal', p, `Mål for ${p}`));
		const state = publicState(session, goals, 0, 0);
		expect(state.results).toBeNull();
		expect(JSON.stringify(state)).not.toContain('Mål for');
	});

	it('hands everyone every safety block once the session has ended', async () => {
		const { session } = await services.sessions.create(fixtureDeck());
		await run(session, { type: 'slide:next' }, { type: 'session:end' });
		expect(publicState(session, [], 0, 0)).toMatchObject({
			phase: 'ended',
			slide: null,
			closingSafety: [{ html: '<p>Ring til vagtlægen ved alarmtegn.</p>', redFlag: false }]
		});
	});
});
