import { describe, expect, it } from 'vitest';
import { Echo } from './echo';

describe('Echo', () => {
	it('takes a stored answer that did not come from this phone as news, once', () => {
		const echo = new Echo('Gåtur');
		expect(echo.isForeign('Gåtur')).toBe(false);
		expect(echo.isForeign('Cykling')).toBe(true);
		expect(echo.isForeign('Cykling')).toBe(false);
	});

	it('ignores the echo of anything this phone sent, also a late one after a newer send', () => {
		const echo = new Echo(null);
		echo.mark('first');
		echo.mark('second');
		expect(echo.isForeign('first')).toBe(false);
		expect(echo.isForeign('second')).toBe(false);
	});

	it('compares answers by value, not by object', () => {
		const echo = new Echo({ activity: 'Trapper', rating: 4 });
		expect(echo.isForeign({ activity: 'Trapper', rating: 4 })).toBe(false);
		echo.mark([1, null, 3]);
		expect(echo.isForeign([1, null, 3])).toBe(false);
		expect(echo.isForeign([1, 2, 3])).toBe(true);
	});

	it('treats no answer and undefined alike', () => {
		const echo = new Echo(undefined);
		expect(echo.isForeign(null)).toBe(false);
		expect(echo.isForeign(0)).toBe(true);
	});
});
