/** Sends every room of a session its view of the current state, after a change was stored. */
import type { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';
import {
	myAnswers,
	presenterSlides,
	presenterState,
	publicState,
	remoteState,
	sessionInfo
} from '../views';
import type { Snapshot } from '../../protocol';
import { courseChanges, makeReentryCode, previousAnswers } from '../course';
import type { Presence } from './presence';
import { rooms, type IO, type SocketData } from './types';

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

export function createPublisher(io: IO, sessions: SessionService, presence: Presence): Publisher {
	async function gather(session: LiveSession) {
		const id = session.record.id;
		const [answers, participants] = await Promise.all([
			sessions.store.listAnswers(id),
			sessions.store.listParticipants(id)
		]);
		const online = presence.online(id);
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
			io.to([rooms.participants(id), rooms.screen(id), rooms.presenter(id), rooms.remote(id)]).emit(
				'session:state',
				state
			);
			io.to(rooms.remote(id)).emit('remote:state', remoteState(session));
			const changes = await courseChanges(sessions.store, session, answers);
			io.to(rooms.presenter(id)).emit(
				'presenter:state',
				presenterState(session, answers, participants, online, changes)
			);
		},
		stop() {
			stopped = true;
			for (const timer of pending.values()) clearTimeout(timer);
			pending.clear();
		},
		dropRemotes(sessionId) {
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
