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
import type { SessionService } from '../sessions/service';
import { answersOf, participantsOf, questionOf, type LiveSession } from '../sessions/session';
import type { AnswerRecord } from '../store/types';
import {
	answersTo,
	myAnswers,
	presenterSlides,
	presenterState,
	remoteState,
	safetyView,
	sessionInfo
} from '../views';
import type { Online } from './presence';
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
	/** Closes the paired phone's connections, after a revoke or a new pairing. */
	dropRemotes(sessionId: string): void;
	/** Drops broadcasts still waiting and schedules no more: the server is shutting down. */
	stop(): void;
};

export function createPublisher(io: IO, sessions: SessionService, presence: Online): Publisher {
	async function gather(session: LiveSession) {
		const id = session.record.id;
		// Another instance changed the answers: read once for a burst of its notes.
		const current = session.stale ? ((await sessions.get(id)) ?? session) : session;
		const answers = answersOf(current);
		const participants = participantsOf(current);
		const online = await presence.online(id);
		return {
			answers,
			participants,
			online,
			state: publicState(session, answers, online.size, Date.now())
		};
	}

	/** The course's name and where this session falls in it. */
	async function courseInfo(session: LiveSession) {
		const courseId = session.record.courseId;
		const course = courseId ? await sessions.store.getCourse(courseId) : undefined;
		if (!course) return null;
		const all = await sessions.store.listCourseSessions(course.id);
		return {
			id: course.id,
			name: course.name,
			sessionNumber: all.findIndex((s) => s.id === session.record.id) + 1
		};
	}

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
			const { answers, participants, online, state } = await gather(session);
			const local = io.local;
			local
				.to([rooms.participants(id), rooms.screen(id), rooms.presenter(id), rooms.remote(id)])
				.emit('session:state', state);
			local.to(rooms.remote(id)).emit('remote:state', remoteState(session));
			const changes = await courseChanges(sessions.store, session, answers);
			local
				.to(rooms.presenter(id))
				.emit('presenter:state', presenterState(session, answers, participants, online, changes));
		},
		stop() {
			stopped = true;
			for (const timer of pending.values()) clearTimeout(timer);
			pending.clear();
		},
		dropRemotes(sessionId) {
			// Through the adapter: the paired phone stops on whichever instance it is connected to.
			io.in(rooms.remote(sessionId)).disconnectSockets(true);
		},
		async snapshot(session, who) {
			const { answers, participants, online, state } = await gather(session);
			if (who.role === 'screen') return { role: 'screen', state };
			if (who.role === 'remote') {
				return {
					role: 'remote',
					state,
					remote: remoteState(session),
					...(who.newRemoteKey ? { remoteKey: who.newRemoteKey } : {})
				};
			}
			if (who.role === 'presenter') {
				return {
					role: 'presenter',
					state,
					session: sessionInfo(session, await courseInfo(session)),
					slides: presenterSlides(session),
					presenter: presenterState(
						session,
						answers,
						participants,
						online,
						await courseChanges(sessions.store, session, answers)
					)
				};
			}
			const id = who.participantId ?? '';
			const me = participants.find((p) => p.id === id);
			const course = await courseInfo(session);
			return {
				role: 'participant',
				state,
				me: { id, nickname: me?.nickname ?? '' },
				answers: myAnswers(answers, id),
				reentryCode: await sessions.store.reentryCode(id, makeReentryCode),
				previous: await previousAnswers(sessions.store, session, id),
				course: course && { name: course.name }
			};
		}
	};
}
