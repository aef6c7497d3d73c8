import { describe, expect, it } from 'vitest';
import { questionSchema, questionTypes } from '../decks/schema';
import { activityDiary, addTemplates, baselinePainProfile, questionFromTemplate } from './library';

describe('addTemplates', () => {
	it('offers every single question type, then the two questionnaires Forstå ships', () => {
		expect(addTemplates[0]).toBe('scale');
		expect([...addTemplates].sort()).toEqual(
			[...questionTypes.filter((t) => t !== 'questionnaire'), 'baseline', 'diary'].sort()
		);
	});
});

describe('questionFromTemplate', () => {
	it.each(addTemplates)('makes a %s that a deck could hold', (template) => {
		const question = questionFromTemplate('added-1', { template, text: 'Hvordan går det?' });
		expect(question.id).toBe('added-1');
		expect(questionSchema.parse(question)).toEqual(question);
	});

	it('makes a 0–10 scale with plain end labels', () => {
		expect(questionFromTemplate('added-1', { template: 'scale', text: 'Hvor træt?' })).toEqual({
			id: 'added-1',
			text: 'Hvor træt?',
			line: 0,
			options: [],
			type: 'scale',
			min: 0,
			max: 10,
			'min-label': 'Slet ikke',
			'max-label': 'Rigtig meget'
		});
	});

	it("uses the presenter's options for a choice, or yes and no", () => {
		const given = { template: 'multiple' as const, text: 'Hvad?', options: ['Varme', 'Hvile'] };
		expect(questionFromTemplate('a', given).options).toEqual(['Varme', 'Hvile']);
		expect(questionFromTemplate('a', { template: 'single', text: 'Hvad?' }).options).toEqual([
			'Ja',
			'Nej'
		]);
		expect(questionFromTemplate('a', { ...given, options: [] }).options).toEqual(['Ja', 'Nej']);
	});

	it('makes a myth by default, with an explanation placeholder when none is given', () => {
		expect(
			questionFromTemplate('a', { template: 'myth-fact', text: 'Ondt er skade' })
		).toMatchObject({
			type: 'myth-fact',
			answer: 'myth',
			explanation: '–'
		});
		const fact = {
			template: 'myth-fact' as const,
			text: 'x',
			answer: 'fact' as const,
			explanation: 'Ja.'
		};
		expect(questionFromTemplate('a', fact)).toMatchObject({ answer: 'fact', explanation: 'Ja.' });
	});

	it('ships the two questionnaires with their own items, and their own title unless one is typed', () => {
		expect(questionFromTemplate('a', { template: 'baseline', text: '' })).toMatchObject({
			type: 'questionnaire',
			text: baselinePainProfile.text,
			options: baselinePainProfile.options
		});
		expect(questionFromTemplate('a', { template: 'diary', text: 'Min uge' })).toMatchObject({
			type: 'questionnaire',
			text: 'Min uge',
			options: activityDiary.options
		});
	});
});
