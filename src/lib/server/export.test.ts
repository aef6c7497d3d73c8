import { describe, expect, it } from 'vitest';
import { allTypesDeck } from '../../../tests/support/allTypes';
import { randomBytes } from 'node:crypto';
import { exportPseudonym, toCsv, toJson } from './export';
import { SessionService } from './sessions/service';
import { createSqliteStore } from './store/sqlite/store';
import type { AnswerRecord } from './store/types';

async function exported() {
	const sessions = new SessionService(createSqliteStore(':memory:'), () =>
		Date.UTC(2026, 10, 22, 9, 30)
	);
	const { session } = await sessions.create(allTypesDeck());
	const participants = [
		{ sessionId: session.record.id, id: 'p-one-0123456789', nickname: 'Grethe', joinedAt: 1 },
		{ sessionId: session.record.id, id: 'p-two-0123456789', nickname: '', joinedAt: 2 }
	];
	const answer = (
		participantId: string,
		questionId: string,
		value: AnswerRecord['value']
	): AnswerRecord => ({
		sessionId: session.record.id,
		participantId,
		questionId,
		answerId: `${participantId}-${questionId}`,
		value,
		status: null,
		flagged: false,
		answeredAt: Date.UTC(2026, 10, 22, 9, 45)
	});
	const answers = [
		answer('p-one-0123456789', 'smerte', 7),
		answer('p-two-0123456789', 'tekst', '=HYPERLINK("http://x","klik"), og "citat"'),
		answer('p-two-0123456789', 'flere', [0, 3]),
		answer('p-one-0123456789', 'aktivitet', { activity: 'Gå på trapper', rating: 4 })
	];
	const key = randomBytes(32);
	return { session, participants, answers, pseudonym: (id: string) => exportPseudonym(key, id) };
}

describe('the export', () => {
	it('writes one CSV row per answer with readable values, safe for spreadsheets', async () => {
		const csv = toCsv(await exported());
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines).toHaveLength(5);
		expect(lines[0]).toBe(
			'participant,participant_pseudonym,question_id,question_type,question,value,value_json,answered_at'
		);
		expect(lines[1]).toMatch(
			/^Grethe,P-[\w-]{16},smerte,scale,Hvor ondt gør det\?,7,7,2026-11-22T09:45:00.000Z$/
		);
		// A formula from a participant stays text, quoted and with its quotes doubled.
		expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"",""klik""), og ""citat"""`);
		expect(lines[2]!.startsWith('Deltager 2,')).toBe(true);
		expect(lines[3]).toContain('Varme; Træning');
		expect(lines[4]).toContain('Gå på trapper: 4');
	});

	it('writes the session, questions, participants and answers as JSON', async () => {
		const json = JSON.parse(toJson(await exported()));
		expect(json.session).toMatchObject({
			deckId: 'all-types',
			deckTitle: 'Alle typer',
			createdAt: '2026-11-22T09:30:00.000Z'
		});
		expect(json.questions).toHaveLength(10);
		expect(json.participants.map((p: { label: string }) => p.label)).toEqual([
			'Grethe',
			'Deltager 2'
		]);
		expect(json.answers[2]).toMatchObject({ questionId: 'flere', value: [0, 3] });
	});

	it('never carries the participant id, the credential of a phone, only a stable pseudonym', async () => {
		const data = await exported();
		for (const text of [toCsv(data), toJson(data)]) {
			expect(text).not.toContain('p-one-0123456789');
			expect(text).not.toContain('p-two-0123456789');
		}
		const json = JSON.parse(toJson(data));
		const grethe = json.participants[0].pseudonym;
		expect(
			json.answers.filter((a: { participant: string }) => a.participant === grethe)
		).toHaveLength(2);
		// The same person keeps the same pseudonym under the same key, and another key gives another.
		const key = randomBytes(32);
		expect(exportPseudonym(key, 'p-one-0123456789')).toBe(exportPseudonym(key, 'p-one-0123456789'));
		expect(exportPseudonym(randomBytes(32), 'p-one-0123456789')).not.toBe(
			exportPseudonym(key, 'p-one-0123456789')
		);
	});
});
