/**
 * What a session of a course needs from the other sessions of the course, read once and kept:
 * the course's name, where this session falls in it, and the answers of the sessions before it.
 * A publish then reads nothing from the store. What is kept is read again after a change this
 * instance makes to another session of the course (someone deleted their data, say), and at the
 * latest after `maxAgeMs` for a change made through another instance.
 */
import type { SessionInfo } from '../../protocol';
import { answersBefore, type AnswersBefore } from '../course';
import type { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';

type Kept = {
	courseId: string;
	at: number;
	info: Promise<SessionInfo['course']>;
	before: Promise<AnswersBefore>;
};

const none: AnswersBefore = new Map();

export function createCourseCache(sessions: SessionService, maxAgeMs = 10_000) {
	const kept = new Map<string, Kept>();
	const { store } = sessions;

	async function info(session: LiveSession, courseId: string): Promise<SessionInfo['course']> {
		const course = await store.getCourse(courseId);
		if (!course) return null;
		const all = await store.listCourseSessions(course.id);
		return {
			id: course.id,
			name: course.name,
			sessionNumber: all.findIndex((s) => s.id === session.record.id) + 1
		};
	}

	function entry(session: LiveSession): Kept | undefined {
		const { id, courseId } = session.record;
		if (!courseId) return undefined;
		const found = kept.get(id);
		if (found && sessions.now() - found.at < maxAgeMs) return found;
		const fresh: Kept = {
			courseId,
			at: sessions.now(),
			info: info(session, courseId),
			before: answersBefore(store, session)
		};
		// A failed read is not kept: the next publish tries again.
		const drop = () => kept.get(id) === fresh && kept.delete(id);
		fresh.info.catch(drop);
		fresh.before.catch(drop);
		kept.set(id, fresh);
		return fresh;
	}

	sessions.onChange(({ sessionId, kind }) => {
		if (kind === 'state') return;
		const courseId = kept.get(sessionId)?.courseId ?? sessions.cached(sessionId)?.record.courseId;
		if (kind === 'deleted') kept.delete(sessionId);
		if (!courseId) return;
		// The session's own answers are not among those before it; the others' may be.
		for (const [id, k] of kept) if (k.courseId === courseId && id !== sessionId) kept.delete(id);
	});

	return {
		/** The course's name and where this session falls in it; null outside a course. */
		info: (session: LiveSession) => entry(session)?.info ?? Promise.resolve(null),
		/** The answers of the course's sessions before this one; none outside a course. */
		before: (session: LiveSession) => entry(session)?.before ?? Promise.resolve(none)
	};
}
