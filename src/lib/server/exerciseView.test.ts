/** What the room is sent of an exercise: its steps and timer, and a check-in only once revealed. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDeck } from '../decks/parse';
import type { StateCommand } from '../live/types';
import { SessionService } from './sessions/service';
import type { LiveSession } from './sessions/session';
import { createSqliteStore } from './store/sqlite/store';
import type { AnswerRecord, Store } from './store/types';
import { publicState } from './realtime/publish';
import { presenterSlides } from './views';

const DECK = `---
condition: low-back-pain
variant: PIXI
title: Ro
language: da
sources: ['004']
---

## Tekst
id: tekst
topic: intro
source: 004 › Test

Hej.

## Øvelse
id: oevelse
topic: self-management
source: 004 › Aktivitetstyper

:::exercise
id: ro
name: Ro på
duration: 1 min
check-in: yes
alert-at: 7

1. Sid godt.
2. Træk vejret.

Tilpasninger: kan laves liggende.
:::
`;

let store: Store;
let sessions: SessionService;
let clock = 10_000;
beforeEach(() => {
	store = createSqliteStore(':memory:');
	sessions = new SessionService(store, () => clock);
});
afterEach(() => store.close());

async function session(): Promise<LiveSession> {
	const parsed = parseDeck('ro.md', DECK);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return (await sessions.create(parsed.deck)).session;
}
async function run(live: LiveSession, ...commands: StateCommand[]) {
	for (const command of commands) {
		const result = await sessions.run(live, command);
		if (!result.ok) throw new Error(result.error.message);
	}
}
const pain = (participantId: string, value: number): AnswerRecord => ({
	sessionId: 's',
	questionId: 'ro-pain',
	participantId,
	answerId: `a-${participantId}`,
	value,
	status: null,
	flagged: false,
	answeredAt: 0
});

describe('the exercise in the public state', () => {
	it('is absent on a slide without one, and present before it starts', async () => {
		const live = await session();
		await run(live, { type: 'slide:goto', index: 0 });
		expect(publicState(live, [], 0, clock).exercise).toBeUndefined();
		await run(live, { type: 'slide:next' });
		expect(publicState(live, [], 0, clock).exercise).toMatchObject({
			id: 'ro',
			name: 'Ro på',
			steps: ['Sid godt.', 'Træk vejret.'],
			run: null,
			checkIn: []
		});
	});

	it('carries the deadline, never the notes; the console gets the notes', async () => {
		const live = await session();
		await run(live, { type: 'slide:goto', index: 1 }, { type: 'exercise:start' });
		const view = publicState(live, [], 0, clock).exercise!;
		expect(view.run).toMatchObject({ status: 'running', startedAt: 10_000, endsAt: 70_000 });
		expect(JSON.stringify(view)).not.toContain('liggende');
		expect(presenterSlides(live)[1]!.exercise!.notesHtml).toContain('liggende');
	});

	it('survives a reload of the session from the store', async () => {
		const live = await session();
		await run(live, { type: 'slide:goto', index: 1 }, { type: 'exercise:start' });
		clock = 25_000;
		await run(live, { type: 'exercise:skip' });
		const fresh = new SessionService(store, () => clock);
		const again = await fresh.get(live.record.id);
		expect(publicState(again!, [], 0, clock).exercise!.run).toMatchObject({
			status: 'running',
			step: 1,
			endsAt: 70_000
		});
	});

	it('shows the check-in once stopped, with results only when revealed and three have answered', async () => {
		const live = await session();
		await run(live, { type: 'slide:goto', index: 1 }, { type: 'exercise:start' });
		expect(publicState(live, [], 0, clock).exercise!.checkIn).toEqual([]);
		await run(live, { type: 'exercise:stop' });
		const parts = publicState(live, [], 0, clock).exercise!.checkIn;
		expect(parts.map((p) => [p.question.id, p.question.phase, p.results])).toEqual([
			['ro-done', 'open', null],
			['ro-pain', 'open', null],
			['ro-eased', 'open', null],
			['ro-words', 'open', null]
		]);
		await run(live, { type: 'question:reveal', questionId: 'ro-pain' });
		const two = [pain('p1', 8), pain('p2', 2)];
		const withheld = publicState(live, two, 0, clock).exercise!.checkIn[1]!;
		expect(withheld.results).toMatchObject({ type: 'withheld', total: 2, needed: 3 });
		const three = publicState(live, [...two, pain('p3', 5)], 0, clock).exercise!.checkIn[1]!;
		expect(three.results).toMatchObject({ type: 'scale', total: 3 });
	});
});
