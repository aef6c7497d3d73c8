import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from '../../../../tests/support/browser';
import fc from 'fast-check';
import { answerValueSchema } from '$lib/protocol';
import { isAnswerValue, loadOutbox, saveOutbox, type OwnAnswer } from './outbox';

const key = 'forsta:outbox:123456';
const waiting: OwnAnswer = { answerId: 'a1b2c3d4e5', value: 7, status: 'saving' };

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('outbox', () => {
	it('keeps only the answers still waiting for the server, and gives them back after a reload', () => {
		const items = useMemoryStorage();
		saveOutbox('123456', {
			pain: waiting,
			goal: { answerId: 'ffffeeeedd', value: 'Gå en tur', status: 'saved' },
			myth: { answerId: 'ccccbbbbaa', value: 'myth', status: 'failed', message: 'nej' }
		});
		expect(JSON.parse(items.get(key)!)).toEqual({ pain: waiting });
		expect(loadOutbox('123456')).toEqual({ pain: waiting });
		expect(loadOutbox('654321')).toEqual({});
	});

	it('removes its entry once nothing waits', () => {
		const items = useMemoryStorage();
		saveOutbox('123456', { pain: waiting });
		saveOutbox('123456', { pain: { ...waiting, status: 'saved' } });
		expect(items.has(key)).toBe(false);
	});

	it('drops what is not a waiting answer, and keeps the rest', () => {
		const items = useMemoryStorage();
		items.set(
			key,
			JSON.stringify({
				pain: waiting,
				noId: { value: 3, status: 'saving' },
				badValue: { answerId: 'a1b2c3d4e5', value: { html: '<b>' }, status: 'saving' },
				saved: { ...waiting, status: 'saved' }
			})
		);
		expect(loadOutbox('123456')).toEqual({ pain: waiting });
	});

	it('starts empty from storage that is not JSON or not an object', () => {
		const items = useMemoryStorage();
		for (const stored of ['{not json', 'null', '42', '"text"']) {
			items.set(key, stored);
			expect(loadOutbox('123456')).toEqual({});
		}
	});

	it('never throws when the phone cannot store anything', () => {
		useMemoryStorage({ failing: true });
		expect(() => saveOutbox('123456', { pain: waiting })).not.toThrow();
		expect(() => saveOutbox('123456', {})).not.toThrow();
		vi.stubGlobal('localStorage', undefined);
		expect(loadOutbox('123456')).toEqual({});
	});

	it('keeps exactly the answer shapes the server accepts', () => {
		const near = fc.oneof(
			fc.integer({ min: -120, max: 120 }),
			fc.double(),
			fc.array(fc.oneof(fc.integer({ min: -120, max: 120 }), fc.constant(null)), { maxLength: 24 }),
			fc.constantFrom('myth', 'fact', ''),
			fc.string({ maxLength: 420 }),
			fc.record({
				activity: fc.string({ maxLength: 170 }),
				rating: fc.integer({ min: -120, max: 120 })
			}),
			fc.record({ activity: fc.string(), rating: fc.integer(), extra: fc.anything() }),
			fc.anything()
		);
		fc.assert(
			fc.property(near, (value) => {
				expect(isAnswerValue(value)).toBe(answerValueSchema.safeParse(value).success);
			}),
			{ numRuns: 2000 }
		);
	});
});
