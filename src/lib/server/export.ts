/**
 * A session's answers for the clinic's own records: CSV for a spreadsheet, JSON for everything.
 * Health data leaves the server only this way, on the presenter's request.
 */
import { answerWords } from '../i18n/answerWords';
import { cleanNickname } from '../protocol';
import { displayAnswer } from '../questions/display';
import type { AnswerRecord, ParticipantRecord } from './store/types';
import { keyedHash } from './serverKey';
import { questionOf, questionsOf, type LiveSession } from './sessions/session';

export type ExportData = {
	session: LiveSession;
	participants: ParticipantRecord[];
	answers: AnswerRecord[];
	/** The participant's stable pseudonym (`exportPseudonym`); never their id. */
	pseudonym: (participantId: string) => string;
};

/**
 * A participant's id is their credential: it connects a phone and opens the take-away. The export
 * carries a keyed hash instead, the same for one person in every session and export of a
 * course, and useless to anyone without the server's key.
 */
export function exportPseudonym(key: Buffer, participantId: string): string {
	return `P-${keyedHash(key, `participant:${participantId}`).slice(0, 16)}`;
}

/** Nicknames are optional; without one, a participant is numbered in the order they joined. */
function labels(participants: ParticipantRecord[]): Map<string, string> {
	// Cleaned again: names stored before every path cleaned them may still carry control marks.
	return new Map(
		participants.map((p, i) => [p.id, cleanNickname(p.nickname) || `Deltager ${i + 1}`])
	);
}

/**
 * Spreadsheets run cells that start with = + - @ as formulas; a participant's text must never
 * become one. Plain numbers (like -1) stay numbers.
 */
function cell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
	return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv({ session, participants, answers, pseudonym }: ExportData): string {
	const names = labels(participants);
	const words = answerWords(session.deck.language);
	const header = [
		'participant',
		'participant_pseudonym',
		'question_id',
		'question_type',
		'question',
		'value',
		'value_json',
		'answered_at'
	];
	const rows = answers.flatMap((a) => {
		const question = questionOf(session, a.questionId);
		if (!question) return [];
		return [
			[
				names.get(a.participantId) ?? '',
				pseudonym(a.participantId),
				a.questionId,
				question.type,
				question.text,
				displayAnswer(question, a.value, words),
				JSON.stringify(a.value),
				new Date(a.answeredAt).toISOString()
			]
		];
	});
	// The byte order mark makes spreadsheet programs read æ, ø and å correctly.
	return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function toJson({ session, participants, answers, pseudonym }: ExportData): string {
	const names = labels(participants);
	return JSON.stringify(
		{
			session: {
				id: session.record.id,
				joinCode: session.record.joinCode,
				deckId: session.record.deckId,
				deckTitle: session.deck.title,
				variant: session.deck.variant,
				createdAt: new Date(session.record.createdAt).toISOString(),
				phase: session.record.state.phase
			},
			questions: questionsOf(session).map((q) => ({
				id: q.id,
				type: q.type,
				text: q.text,
				options: q.options
			})),
			participants: participants.map((p) => ({
				pseudonym: pseudonym(p.id),
				label: names.get(p.id),
				joinedAt: new Date(p.joinedAt).toISOString()
			})),
			answers: answers.map((a) => ({
				participant: pseudonym(a.participantId),
				questionId: a.questionId,
				value: a.value,
				status: a.status,
				answeredAt: new Date(a.answeredAt).toISOString()
			}))
		},
		null,
		2
	);
}
