/**
 * Sends every room of a session its view of the current state, after a change was stored. The
 * public view goes to the audience screen and to every phone, so it carries no notes, no
 * individual answers, no private goals, and no results before they are revealed or while too few
 * have answered.
 *
 * Each instance sends only to its own sockets, from its own cache, which holds the session's
 * answers and participants: a publish reads nothing from the store. Another instance's change
 * reaches this one as a note (peers.ts), after which this instance publishes for its sockets.
 */
import type { PublicState, Snapshot } from '../../protocol';
import { questionPhase } from '../../live/machine';
import { GROUP_THRESHOLD, publicResultsOf } from '../../questions/aggregate';
import { questionView } from '../../questions/view';
import { mediaView } from '../../decks/media';
import { courseChanges, makeReentryCode, previousAnswers } from '../course';
import { exerciseView } from '../exerciseView';
import { presenterState } from '../presenterView';
import type { SessionService } from '../sessions/service';
import { answersOf, participantsOf, questionOf, type LiveSession } from '../sessions/session';
import type { AnswerRecord } from '../store/types';
import {
	answersTo,
	myAnswers,
	presenterSlides,
	remoteState,
	safetyView,
	sessionInfo
} from '../views';
import { createCourseCache } from './courseCache';
import type { Online } from './presence';
import { changedFor, phoneView, remoteView, screenView } from './sent';
import { rooms, type IO, type SocketData } from './types';

/** One patient's own answers need no hiding; anywhere else no one may be singled out. */
function thresholdFor(mode: LiveSession['record']['state']['mode']): number {
	return mode === 'individual' ? 1 : GROUP_THRESHOLD;
}

export function publicState(
	session: LiveSession,
	answers: AnswerRecord[],
	participantsOnline: number,
	now: number
): PublicState {
	const { state } = session.record;
	const slide = state.phase === 'live' ? session.deck.slides[state.slideIndex] : undefined;
	const active = state.activeQuestionId ? questionOf(session, state.activeQuestionId) : undefined;
	const question = active ? questionView(active, questionPhase(state, active.id)) : null;
	const own = active ? answersTo(answers, active.id) : [];
	const exercise = exerciseView(session, answers, thresholdFor(state.mode));
	// One patient sees their own result as soon as they answer; a group waits for the reveal.
	const showResults =
		question?.phase === 'revealed' || (state.mode === 'individual' && own.length > 0);
	return {
		seq: state.seq,
		phase: state.phase,
		mode: state.mode,
		deckTitle: session.deck.title,
		deckLanguage: session.deck.language,
		joinCode: session.record.joinCode,
		slideIndex: state.slideIndex,
		slideCount: session.deck.slides.length,
		slide: slide
			? {
					index: state.slideIndex,
					id: slide.id,
					title: slide.title,
					html: slide.html,
					safety: slide.safety.map(safetyView),
					...(slide.figure ? { figure: slide.figure } : {}),
					...(slide.media ? { media: mediaView(slide.media) } : {})
				}
			: null,
		question,
		results: active && showResults ? publicResultsOf(active, own, thresholdFor(state.mode)) : null,
		dialogue: state.dialogue,
		film: state.film,
		...(exercise ? { exercise } : {}),
		serverNow: now,
		participantsOnline,
		closingSafety:
			state.phase === 'ended' ? session.deck.slides.flatMap((s) => s.safety.map(safetyView)) : []
	};
}

export type Publisher = {
	publish(session: LiveSession): Promise<void>;
	/**
	 * For changes nobody waits on (someone joined or left): many within a moment become one
	 * broadcast, so 500 phones reconnecting at once cost a few broadcasts, not 500 × 500 messages.
	 */
	publishSoon(session: LiveSession): void;
	snapshot(session: LiveSession, who: SocketData): Promise<Snapshot>;
	/**
	 * Closes the paired phone's connections, after a revoke or a new pairing; `keep` is the new
	 * phone's own socket, which may already be in the room when the close arrives.
	 */
	dropRemotes(sessionId: string, keep?: string): void;
	/** Drops broadcasts still waiting and schedules no more: the server is shutting down. */
	stop(): void;
};

export function createPublisher(io: IO, sessions: SessionService, presence: Online): Publisher {
	async function gather(session: LiveSession) {
		const id = session.record.id;
		// Another instance changed the answers: read once for a burst of its notes.
		const current = session.stale ? ((await sessions.get(id)) ?? session) : session;
		const answers = answersOf(current);
		const online = await presence.online(id);
		return {
			current,
			answers,
			online,
			state: publicState(session, answers, online.size, Date.now())
		};
	}

	const course = createCourseCache(sessions);

	const pending = new Map<string, ReturnType<typeof setTimeout>>();
	let stopped = false;

	return {
		publishSoon(session) {
			if (stopped || pending.has(session.record.id)) return;
			const timer = setTimeout(() => {
				pending.delete(session.record.id);
				void this.publish(session).catch((e: unknown) => console.error('Publish failed:', e));
			}, 100);
			pending.set(session.record.id, timer);
		},
		async publish(session) {
			const id = session.record.id;
			const before = await course.before(session);
			const { current, answers, online, state } = await gather(session);
			const local = io.local;
			// Each audience gets the public state only when what it shows changed: an answer
			// before the reveal changes nothing on the phones, the screen or the remote.
			const phones = phoneView(state);
			const to = [
				...(changedFor(session, 'phones', phones)
					? [rooms.participants(id), rooms.remote(id)]
					: []),
				...(changedFor(session, 'screens', screenView(phones, state))
					? [rooms.screen(id), rooms.presenter(id)]
					: [])
			];
			if (to.length > 0) local.to(to).emit('session:state', state);
			const remote = remoteState(session);
			if (changedFor(session, 'remote', remoteView(remote)))
				local.to(rooms.remote(id)).emit('remote:state', remote);
			const changes = courseChanges(before, session, answers);
			local
				.to(rooms.presenter(id))
				.emit(
					'presenter:state',
					presenterState(session, answers, participantsOf(current), online, changes)
				);
		},
		stop() {
			stopped = true;
			for (const timer of pending.values()) clearTimeout(timer);
			pending.clear();
		},
		dropRemotes(sessionId, keep) {
			// Through the adapter: the paired phone stops on whichever instance it is connected to.
			// With several instances this instance closes its own only after Redis took the note.
			const room = io.in(rooms.remote(sessionId));
			(keep ? room.except(keep) : room).disconnectSockets(true);
		},
		async snapshot(session, who) {
			// What the store holds is read first, the state last: a snapshot is never older than
			// a broadcast the socket got while it was being built.
			if (who.role === 'screen') return { role: 'screen', state: (await gather(session)).state };
			if (who.role === 'remote') {
				return {
					role: 'remote',
					state: (await gather(session)).state,
					remote: remoteState(session),
					...(who.newRemoteKey ? { remoteKey: who.newRemoteKey } : {})
				};
			}
			if (who.role === 'presenter') {
				const [info, before] = await Promise.all([course.info(session), course.before(session)]);
				const { current, answers, online, state } = await gather(session);
				return {
					role: 'presenter',
					state,
					session: sessionInfo(session, info),
					slides: presenterSlides(session),
					presenter: presenterState(
						session,
						answers,
						participantsOf(current),
						online,
						courseChanges(before, session, answers)
					)
				};
			}
			const id = who.participantId ?? '';
			const info = await course.info(session);
			const reentryCode = await sessions.store.reentryCode(id, makeReentryCode);
			const previous = await previousAnswers(sessions.store, session, id);
			const { current, answers, state } = await gather(session);
			const me = current.participants.get(id);
			return {
				role: 'participant',
				state,
				me: { id, nickname: me?.nickname ?? '' },
				answers: myAnswers(answers, id),
				reentryCode,
				previous,
				course: info && { name: info.name }
			};
		}
	};
}
