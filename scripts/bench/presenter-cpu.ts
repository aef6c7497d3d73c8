/**
 * The presenter's update as the session grows: 300 phones answer 10 questions in turn, and after
 * each burst of answers the session is published as an answer burst publishes it (the public
 * state, the console's view, each serialised once). Measured in this process, on Forstå's own
 * code and an in-memory store: the CPU time of each publish (process.cpuUsage), the worst being
 * the last question's, with every earlier answer still in the console's view.
 */
import { Server } from 'socket.io';
import type { Question } from '../../src/lib/decks/schema';
import type { AnswerValue } from '../../src/lib/questions/values';
import { loadDeckLibrary } from '../../src/lib/server/decks';
import { setLogLevel } from '../../src/lib/server/log';
import { Presence } from '../../src/lib/server/realtime/presence';
import { createPublisher } from '../../src/lib/server/realtime/publish';
import type { IO } from '../../src/lib/server/realtime/types';
import { join, submitAnswer } from '../../src/lib/server/sessions/answers';
import { SessionService } from '../../src/lib/server/sessions/service';
import { questionsOf } from '../../src/lib/server/sessions/session';
import { createSqliteStore } from '../../src/lib/server/store/sqlite/store';
import type { Measured } from './figures';
import { presenterSession } from './plan';
import { summarize } from './stats';

const { phones: PHONES, questions: QUESTIONS } = presenterSession;
/** Answers that arrive within one publish's 100 ms gathering. */
const BURST = 30;

/** A valid answer of participant `n` to `question`. */
function valueFor(question: Question, n: number): AnswerValue {
	switch (question.type) {
		case 'scale':
			return question.min + (n % (question.max - question.min + 1));
		case 'agree5':
			return 1 + (n % 5);
		case 'single':
			return n % question.options.length;
		case 'multiple':
			return [n % question.options.length];
		case 'myth-fact':
			return n % 2 ? 'myth' : 'fact';
		case 'word-cloud':
			return `ord${n % 7}`;
		case 'activity-rating':
			return { activity: `Gåtur ${n % 5}`, rating: n % 11 };
		case 'questionnaire':
			return question.options.map((_, i) => (n + i) % 11);
		default:
			return `Svar nummer ${n}`;
	}
}

export async function presenterCpu(out: Measured): Promise<void> {
	// The store's start-up lines would land in the middle of the table.
	setLogLevel('warn');
	const store = createSqliteStore(':memory:');
	const sessions = new SessionService(store);
	const presence = new Presence();
	const io: IO = new Server();
	const publisher = createPublisher(io, sessions, presence);
	try {
		const deck = loadDeckLibrary('sessions').get('laenderyg-full');
		if (!deck) throw new Error('the deck laenderyg-full is missing');
		const { session } = await sessions.create(deck);
		const id = session.record.id;
		const phones = Array.from({ length: PHONES }, (_, n) => `bench-phone-${n}`);
		for (const phone of phones) {
			await join(sessions, session, phone, `Deltager ${phone.slice(-3)}`);
			presence.add(id, phone);
		}
		const run = async (command: Parameters<SessionService['run']>[1]) => {
			const result = await sessions.run(session, command);
			if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
		};
		await run({ type: 'slide:next' });
		// The deck's own questions, then added ones until there are ten.
		for (let i = questionsOf(session).length; i < QUESTIONS; i++)
			await run({ type: 'question:add', template: 'scale', text: `Hvor godt sover du (${i})?` });
		const cpu: number[] = [];
		for (const question of questionsOf(session).slice(0, QUESTIONS)) {
			await run({ type: 'question:open', questionId: question.id });
			for (const [n, phone] of phones.entries()) {
				const outcome = await submitAnswer(sessions, session, phone, {
					questionId: question.id,
					answerId: `${question.id}-${n}`,
					value: valueFor(question, n)
				});
				if (!outcome.ok) throw new Error(`${question.id}: ${outcome.error.message}`);
				if ((n + 1) % BURST !== 0) continue;
				const before = process.cpuUsage();
				await publisher.publish(session);
				const used = process.cpuUsage(before);
				cpu.push((used.user + used.system) / 1000);
			}
			await run({ type: 'question:close', questionId: question.id });
		}
		const last = summarize(cpu.slice(-PHONES / BURST));
		const all = summarize(cpu);
		if (all && last) {
			out['presenter.cpu.p50'] = all.p50;
			out['presenter.cpu.last'] = last.p50;
			out['presenter.cpu.max'] = all.max;
		}
	} finally {
		publisher.stop();
		await store.close();
	}
}
