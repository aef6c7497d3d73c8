import { describe, expect, it } from 'vitest';
import { slideKey } from './slideKeys';

/** Stands in for the element a key was pressed on: it matches the selectors of what it is. */
const element = (
	kind: 'body' | 'button' | 'link' | 'input' | 'textarea' | 'select' | 'editable'
) => ({
	closest: (selectors: string) => {
		const tag = {
			body: 'body',
			button: 'button',
			link: 'a',
			input: 'input',
			textarea: 'textarea',
			select: 'select',
			editable: '[contenteditable]'
		}[kind];
		return selectors.split(', ').includes(tag) ? {} : null;
	}
});

const middle = { index: 3, count: 10 };

describe('slideKey', () => {
	it('moves forward with the right arrow, page down and space', () => {
		for (const key of ['ArrowRight', 'PageDown', ' '])
			expect(slideKey(key, element('body'), middle)).toEqual({ step: 'slide:next' });
		expect(slideKey('ArrowRight', null, middle)).toEqual({ step: 'slide:next' });
	});

	it('moves back with the left arrow and page up', () => {
		for (const key of ['ArrowLeft', 'PageUp'])
			expect(slideKey(key, element('body'), middle)).toEqual({ step: 'slide:prev' });
	});

	it('claims the key but sends nothing past either end of the deck', () => {
		expect(slideKey('ArrowRight', element('body'), { index: 9, count: 10 })).toEqual({
			step: null
		});
		expect(slideKey('PageUp', element('body'), { index: -1, count: 10 })).toEqual({ step: null });
		expect(slideKey('ArrowRight', element('body'), { index: -1, count: 10 })).toEqual({
			step: 'slide:next'
		});
		expect(slideKey('ArrowLeft', element('body'), { index: 0, count: 10 })).toEqual({
			step: 'slide:prev'
		});
	});

	it('leaves every key alone while the presenter types', () => {
		for (const kind of ['input', 'textarea', 'select', 'editable'] as const)
			for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' '])
				expect(slideKey(key, element(kind), middle)).toBeNull();
	});

	it('lets space press a focused button or link, and arrows still move the slides there', () => {
		expect(slideKey(' ', element('button'), middle)).toBeNull();
		expect(slideKey(' ', element('link'), middle)).toBeNull();
		expect(slideKey('ArrowRight', element('button'), middle)).toEqual({ step: 'slide:next' });
	});

	it('ignores other keys', () => {
		for (const key of ['Enter', 'ArrowUp', 'ArrowDown', 'n', 'Escape'])
			expect(slideKey(key, element('body'), middle)).toBeNull();
	});
});
