/**
 * Rows as the stores keep them (SQLite and PostgreSQL share column names), and the records the
 * rest of the server works with.
 */
import { createHash } from 'node:crypto';
import type { LiveState } from '../../live/types';
import type { AnswerValue } from '../../questions/values';
import type {
	AnswerRecord,
	CourseRecord,
	LoginRecord,
	ParticipantRecord,
	SessionRecord,
	SessionSummary
} from './types';

export type SessionRow = {
	id: string;
	join_code: string;
	deck_id: string;
	variant: string;
	deck_json: string;
	deck_hash: string;
	presenter_key_hash: string;
	screen_key_hash: string;
	state_json: string;
	created_at: number;
	course_id: string | null;
};
export type AnswerRow = {
	session_id: string;
	question_id: string;
	participant_id: string;
	answer_id: string;
	value_json: string;
	status: string | null;
	/** SQLite keeps 0 or 1, PostgreSQL a boolean. */
	flagged: number | boolean;
	answered_at: number;
};
export type ParticipantRow = {
	session_id: string;
	id: string;
	nickname: string;
	joined_at: number;
};
export type CourseRow = { id: string; name: string; created_at: number };
export type LoginRow = { token_hash: string; password_tag: string; expires_at: number };

/** Each deck version is kept once, under the hash of its JSON. */
export function deckHash(deckJson: string): string {
	return createHash('sha256').update(deckJson).digest('hex');
}

export function toSession(row: SessionRow): SessionRecord {
	return {
		id: row.id,
		joinCode: row.join_code,
		deckId: row.deck_id,
		variant: row.variant,
		deckJson: row.deck_json,
		presenterKeyHash: row.presenter_key_hash,
		screenKeyHash: row.screen_key_hash,
		state: JSON.parse(row.state_json) as LiveState,
		createdAt: row.created_at,
		courseId: row.course_id
	};
}

/** A session for the list: no keys, no deck, and its number of participants. */
export function toSummary(row: SessionRow & { participants: number }): SessionSummary {
	const { deckJson: _deck, presenterKeyHash: _p, screenKeyHash: _s, ...summary } = toSession(row);
	return { ...summary, participants: row.participants };
}

export function toAnswer(row: AnswerRow): AnswerRecord {
	return {
		sessionId: row.session_id,
		questionId: row.question_id,
		participantId: row.participant_id,
		answerId: row.answer_id,
		value: JSON.parse(row.value_json) as AnswerValue,
		status: row.status as AnswerRecord['status'],
		flagged: row.flagged === 1 || row.flagged === true,
		answeredAt: row.answered_at
	};
}

export function toParticipant(row: ParticipantRow): ParticipantRecord {
	return { sessionId: row.session_id, id: row.id, nickname: row.nickname, joinedAt: row.joined_at };
}

export function toCourse(row: CourseRow): CourseRecord {
	return { id: row.id, name: row.name, createdAt: row.created_at };
}

export function toLogin(row: LoginRow): LoginRecord {
	return { tokenHash: row.token_hash, passwordTag: row.password_tag, expiresAt: row.expires_at };
}
