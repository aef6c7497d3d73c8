import { describe, expect, it } from 'vitest';
import { CHECK_TIMEOUT_MS, Readiness } from './readiness';

const fine = async () => undefined;
const broken = async () => {
	throw new Error('connection refused');
};

describe('Readiness', () => {
	it('is ready when every dependency answers', async () => {
		const readiness = new Readiness([{ name: 'database', check: fine }]);
		expect(await readiness.report()).toEqual({ ready: true });
	});

	it('names each dependency that fails', async () => {
		const readiness = new Readiness([
			{ name: 'database', check: broken },
			{ name: 'cache', check: fine }
		]);
		readiness.add({ name: 'redis', check: broken });
		expect(await readiness.report()).toEqual({
			ready: false,
			reason: 'unavailable',
			failed: ['database', 'redis']
		});
	});

	it('counts a dependency that does not answer in time as failed', async () => {
		const hangs = () => new Promise<void>(() => undefined);
		const readiness = new Readiness([{ name: 'database', check: hangs }]);
		const started = Date.now();
		expect(await readiness.report()).toMatchObject({ ready: false, failed: ['database'] });
		expect(Date.now() - started).toBeLessThan(CHECK_TIMEOUT_MS + 1000);
	});

	it('is not ready once draining, even with every dependency up', async () => {
		const readiness = new Readiness([{ name: 'database', check: fine }]);
		readiness.drain();
		expect(readiness.isDraining).toBe(true);
		expect(await readiness.report()).toEqual({ ready: false, reason: 'draining' });
	});
});
