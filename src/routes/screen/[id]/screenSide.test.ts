import { describe, expect, it } from 'vitest';
import type { PublicState, QuestionView, WallResults } from '$lib/protocol';
import { screenSide } from './screenSide';

const question = (phase: QuestionView['phase']): QuestionView => ({
	id: 'hvad',
	type: 'open-text',
	text: 'Hvad hjælper dig?',
	phase
});

const live = (parts: Partial<PublicState>): PublicState => ({
	seq: 1,
	phase: 'live',
	mode: 'group',
	deckTitle: 'Ryg',
	deckLanguage: 'da',
	joinCode: '123456',
	slideIndex: 0,
	slideCount: 3,
	slide: null,
	question: null,
	results: null,
	dialogue: null,
	film: null,
	serverNow: 0,
	participantsOnline: 0,
	closingSafety: [],
	...parts
});

describe('screenSide', () => {
	it('shows nothing beside a plain slide, or a question that is not open', () => {
		expect(screenSide(live({}))).toBeNull();
		expect(screenSide(live({ question: question('closed') }))).toBeNull();
		expect(screenSide(live({ question: question('draft') }))).toBeNull();
	});

	it('asks the room to answer while a question is open', () => {
		expect(screenSide(live({ question: question('open') }))).toBe('question');
	});

	it('shows revealed results in place of the question', () => {
		const results: WallResults = { questionId: 'hvad', type: 'wall', total: 3, entries: [] };
		expect(screenSide(live({ question: question('revealed'), results }))).toBe('results');
	});

	it('puts a talk prompt before anything else', () => {
		const dialogue = { text: 'Tal sammen', endsAt: null, questionId: null };
		expect(screenSide(live({ question: question('open'), dialogue }))).toBe('dialogue');
	});
});
