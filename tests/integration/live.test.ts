import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublicState } from '../../src/lib/protocol';
import {
	asPresenter,
	connect,
	fixtureDeck,
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

beforeEach(async () => {
	server = await startServer();
	const created = await server.sessions.create(fixtureDeck());
	sessionId = created.session.record.id;
	joinCode = created.session.record.joinCode;
	presenterKey = created.presenterKey;
	screenKey = created.screenKey;
});

afterEach(async () => {
	await server.stop();
	removeDir(server.dir);
});

const presenter = () => connect(server, { role: 'presenter', sessionId, presenterKey });
const screen = () => connect(server, { role: 'screen', sessionId, screenKey });
const participant = (participantId = newParticipantId(), nickname?: string) =>
	connect(server, {
		role: 'participant',
		joinCode,
		participantId,
		...(nickname ? { nickname } : {})
	});

function stateWhere(socket: Client, test: (s: PublicState) => boolean) {
	return waitFor(socket, 'session:state', test);
}

async function openQuestion(p: Client, questionId = 'smerte') {
	expect(await send(p, 'slide:goto', { index: 0 })).toMatchObject({ ok: true });
	expect(await send(p, 'question:open', { questionId })).toMatchObject({ ok: true });
}

describe('joining', () => {
	it('lets a participant join with the right code and sends the lobby snapshot', async () => {
		const { snapshot } = await participant(undefined, 'Grethe');
		expect(snapshot.role).toBe('participant');
		expect(snapshot.state).toMatchObject({ phase: 'lobby', slideIndex: -1, joinCode, slide: null });
		if (snapshot.role === 'participant') expect(snapshot.me.nickname).toBe('Grethe');
	});

	it.each([
		['an unknown code', '000000'],
		['a malformed code', '12ab']
	])('refuses %s with a clear message', async (_, code) => {
		const unknown = code === joinCode ? '999999' : code;
		await expect(
			connect(server, { role: 'participant', joinCode: unknown, participantId: newParticipantId() })
		).rejects.toThrow(
			code === '000000' ? 'no session with that code' : 'missing or malformed credentials'
		);
	});

	it('refuses a wrong presenter key and a screen key used as presenter key', async () => {
		await expect(
			connect(server, { role: 'presenter', sessionId, presenterKey: 'x'.repeat(43) })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			connect(server, { role: 'presenter', sessionId, presenterKey: screenKey })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('never sends speaker notes to phones or the audience screen', async () => {
		const p = await presenter();
		await send(p.socket, 'slide:next', {});
		const phone = await participant();
		const tv = await screen();
		expect(JSON.stringify(phone.snapshot)).not.toContain('Kun til fysioterapeuten');
		expect(JSON.stringify(tv.snapshot)).not.toContain('Kun til fysioterapeuten');
		expect(asPresenter(p.snapshot).slides[0]?.notesHtml).toContain('Kun til fysioterapeuten');
	});
});

describe('slides', () => {
	it('moves every phone and the screen with the presenter, with rising sequence numbers', async () => {
		const p = await presenter();
		const phones = await Promise.all([participant(), participant(), participant()]);
		const tv = await screen();
		let lastSeq = p.snapshot.state.seq;
		for (const index of [0, 1, 2]) {
			const arrivals = [...phones.map((x) => x.socket), tv.socket].map((s) =>
				stateWhere(s, (st) => st.slideIndex === index)
			);
			const ack = await send(p.socket, 'slide:next', {});
			expect(ack).toMatchObject({ ok: true });
			const states = await Promise.all(arrivals);
			for (const state of states) {
				expect(state.slide?.id).toBe(['foerste', 'anden', 'tredje'][index]);
				expect(state.seq).toBeGreaterThan(lastSeq);
			}
			lastSeq = states[0]!.seq;
		}
		expect(await send(p.socket, 'slide:next', {})).toMatchObject({
			ok: false,
			error: { code: 'invalid_state' }
		});
	});

	it('rejects a presenter command sent from a participant or the screen and changes nothing', async () => {
		const phone = await participant();
		const tv = await screen();
		for (const socket of [phone.socket, tv.socket]) {
			expect(await send(socket, 'slide:next', {})).toMatchObject({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect(await send(socket, 'session:end', {})).toMatchObject({
				ok: false,
				error: { code: 'forbidden' }
			});
		}
		expect(await sync(phone.socket)).toMatchObject({ state: { phase: 'lobby', slideIndex: -1 } });
	});

	it('gives a late joiner the current slide and open question at once', async () => {
		const p = await presenter();
		await send(p.socket, 'slide:next', {});
		await send(p.socket, 'slide:next', {});
		await send(p.socket, 'question:open', { questionId: 'tiltro' });
		const late = await participant();
		expect(late.snapshot.state).toMatchObject({
			phase: 'live',
			slideIndex: 1,
			slide: { id: 'anden' },
			question: { id: 'tiltro', phase: 'open' }
		});
	});
});

describe('answers', () => {
	it('acknowledges stored answers, counts them for the presenter and reveals the aggregate', async () => {
		const p = await presenter();
		const phones = await Promise.all([participant(), participant(), participant()]);
		const tv = await screen();
		await openQuestion(p.socket);

		const values = [3, 7, 7];
		for (const [i, phone] of phones.entries()) {
			const ack = await send(phone.socket, 'answer:submit', {
				answerId: `answer-${i}-abcdef`,
				questionId: 'smerte',
				value: values[i]
			});
			expect(ack).toMatchObject({ ok: true, answer: { questionId: 'smerte', value: values[i] } });
		}
		const stored = await server.sessions.store.listAnswers(sessionId, 'smerte');
		expect(stored.map((a) => a.value).sort()).toEqual([3, 7, 7]);

		const presenterView = asPresenter(await sync(p.socket)).presenter;
		expect(presenterView.questions.find((q) => q.id === 'smerte')?.count).toBe(3);
		// Results stay hidden from phones and the screen until the presenter reveals them.
		expect((await sync(tv.socket)).state.results).toBeNull();

		const revealed = [...phones.map((x) => x.socket), tv.socket].map((s) =>
			stateWhere(s, (st) => st.results !== null)
		);
		expect(await send(p.socket, 'question:reveal', { questionId: 'smerte' })).toMatchObject({
			ok: true
		});
		for (const state of await Promise.all(revealed)) {
			expect(state.results).toMatchObject({ type: 'scale', total: 3, median: 7 });
			const counts = state.results?.type === 'scale' ? state.results.counts : [];
			expect(counts[3]).toBe(1);
			expect(counts[7]).toBe(2);
		}
	});

	it('stores a re-sent answer once and lets a participant change their answer while open', async () => {
		const p = await presenter();
		const phone = await participant();
		await openQuestion(p.socket);
		const first = { answerId: 'same-id-123456', questionId: 'smerte', value: 4 };
		expect(await send(phone.socket, 'answer:submit', first)).toMatchObject({
			ok: true,
			answer: { value: 4 }
		});
		expect(await send(phone.socket, 'answer:submit', first)).toMatchObject({
			ok: true,
			answer: { value: 4 }
		});
		expect(await server.sessions.store.listAnswers(sessionId, 'smerte')).toHaveLength(1);

		const changed = { answerId: 'other-id-123456', questionId: 'smerte', value: 9 };
		expect(await send(phone.socket, 'answer:submit', changed)).toMatchObject({
			ok: true,
			answer: { value: 9 }
		});
		const stored = await server.sessions.store.listAnswers(sessionId, 'smerte');
		expect(stored).toHaveLength(1);
		expect(stored[0]?.value).toBe(9);
	});

	it('refuses answers to a closed question, out of range or for an unknown question', async () => {
		const p = await presenter();
		const phone = await participant();
		await openQuestion(p.socket);
		const submit = (value: number, questionId = 'smerte') =>
			send(phone.socket, 'answer:submit', {
				answerId: `a-${value}-${questionId}-xyz`,
				questionId,
				value
			});
		expect(await submit(11)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
		expect(await submit(-1)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
		expect(await submit(5, 'findes-ikke')).toMatchObject({
			ok: false,
			error: { code: 'not_found' }
		});
		expect(await submit(5, 'tiltro')).toMatchObject({
			ok: false,
			error: { code: 'invalid_state' }
		});
		await send(p.socket, 'question:close', { questionId: 'smerte' });
		expect(await submit(5)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
		expect(await server.sessions.store.listAnswers(sessionId)).toHaveLength(0);
	});

	it('gives a reconnecting phone its own answer back in the snapshot', async () => {
		const p = await presenter();
		const id = newParticipantId();
		const phone = await participant(id);
		await openQuestion(p.socket);
		await send(phone.socket, 'answer:submit', {
			answerId: 'mine-123456789',
			questionId: 'smerte',
			value: 6
		});
		phone.socket.disconnect();
		const again = await participant(id);
		expect(again.snapshot).toMatchObject({
			role: 'participant',
			answers: [{ questionId: 'smerte', answerId: 'mine-123456789', value: 6 }],
			state: { question: { id: 'smerte', phase: 'open' } }
		});
	});
});

describe('hostile input', () => {
	it.each([
		['no payload', []],
		['a string payload', ['next please']],
		['a wrong type', [{ index: 'one' }]],
		['an extra field', [{ index: 0, admin: true }]],
		['an array', [[1, 2, 3]]],
		['null', [null]]
	])('answers %s with a bad_request ack', async (_, args) => {
		const p = await presenter();
		const ack = await send(p.socket, 'slide:goto', ...args);
		expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request' } });
	});

	it('answers an unknown event and an oversized payload with an error ack and keeps serving', async () => {
		const p = await presenter();
		const phone = await participant();
		expect(await send(p.socket, 'admin:drop-tables', {})).toMatchObject({
			ok: false,
			error: { code: 'bad_request' }
		});
		const big = {
			answerId: 'big-1234567890',
			questionId: 'smerte',
			value: 1,
			padding: 'x'.repeat(20_000)
		};
		expect(await send(phone.socket, 'answer:submit', big)).toMatchObject({
			ok: false,
			error: { code: 'payload_too_large' }
		});
		expect(await send(p.socket, 'slide:next', {})).toMatchObject({ ok: true });
	});

	it('drops a connection that sends a huge frame, and other clients carry on', async () => {
		const p = await presenter();
		const phone = await participant();
		const dropped = new Promise<string>((resolve) => phone.socket.once('disconnect', resolve));
		void send(phone.socket, 'answer:submit', { padding: 'x'.repeat(2_000_000) }).catch(() => null);
		expect(await dropped).toBe('transport close');
		expect(await send(p.socket, 'slide:next', {})).toMatchObject({ ok: true });
		const other = await participant();
		expect(other.snapshot.state.slideIndex).toBe(0);
	});

	it('keeps a nickname as plain text and trims it to the limit', async () => {
		const p = await presenter();
		const phone = await participant();
		const nickname = '<script>window.__pwned=1</script>';
		expect(await send(phone.socket, 'participant:rename', { nickname })).toMatchObject({
			ok: true
		});
		expect(asPresenter(await sync(p.socket)).presenter.participants[0]?.nickname).toBe(nickname);
		expect(
			await send(phone.socket, 'participant:rename', { nickname: 'x'.repeat(500) })
		).toMatchObject({
			ok: false,
			error: { code: 'bad_request' }
		});
	});
});

describe('ending', () => {
	it('ends the session for everyone, refuses new joins and further answers', async () => {
		const p = await presenter();
		const phone = await participant();
		await openQuestion(p.socket);
		expect(phone.snapshot.state.closingSafety).toEqual([]);
		const ended = stateWhere(phone.socket, (s) => s.phase === 'ended');
		expect(await send(p.socket, 'session:end', {})).toMatchObject({ ok: true });
		// The safety advice reaches every phone at the end, even though its slide was never shown.
		expect((await ended).closingSafety).toEqual([
			{ html: expect.stringContaining('Ring til vagtlægen ved alarmtegn.'), redFlag: false }
		]);
		expect(
			await send(phone.socket, 'answer:submit', {
				answerId: 'late-123456789',
				questionId: 'smerte',
				value: 2
			})
		).toMatchObject({ ok: false, error: { code: 'session_ended' } });
		expect(await send(p.socket, 'slide:next', {})).toMatchObject({
			ok: false,
			error: { code: 'session_ended' }
		});
		await expect(participant()).rejects.toThrow('this session has ended');
	});
});
