import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log';
import { requestId } from './ops/requestId';

function capture() {
	const lines: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(...chunk.toString().split('\n').filter(Boolean));
			done();
		}
	});
	return { stream, lines };
}

describe('the logger', () => {
	it('writes JSON lines with a level name and an ISO time', () => {
		const { stream, lines } = capture();
		createLogger('info', stream).info({ route: '/s/[code]', status: 200 }, 'request');
		const line = JSON.parse(lines[0]!);
		expect(line).toMatchObject({ level: 'info', route: '/s/[code]', status: 200, msg: 'request' });
		expect(new Date(line.time).toISOString()).toBe(line.time);
	});

	it('blanks answers, names, codes, keys and cookies, also one level down', () => {
		const { stream, lines } = capture();
		createLogger('debug', stream).debug(
			{
				nickname: 'Birthe',
				joinCode: '482913',
				presenterKey: 'pk-secret',
				payload: { value: 'ondt i ryggen', text: 'gåtur', pairingToken: 'pt-secret' },
				headers: { cookie: 'forsta_presenter=abc' }
			},
			'hello'
		);
		for (const secret of [
			'Birthe',
			'482913',
			'pk-secret',
			'ondt i ryggen',
			'gåtur',
			'pt-secret',
			'abc'
		])
			expect(lines.join('\n')).not.toContain(secret);
		expect(JSON.parse(lines[0]!).payload.value).toBe('[redacted]');
	});

	it('stays quiet below its level', () => {
		const { stream, lines } = capture();
		const logger = createLogger('warn', stream);
		logger.info('not shown');
		logger.warn('shown');
		expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
	});
});

describe('requestId', () => {
	it("keeps a proxy's short, plain id", () => {
		expect(requestId('a1b2-c3.d4:e5_f6')).toBe('a1b2-c3.d4:e5_f6');
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['too long', 'x'.repeat(65)],
		['with spaces', 'a b'],
		['with a newline', 'a\n{"level":"fatal"}'],
		['repeated', ['a', 'b']]
	])('makes a fresh one when the incoming id is %s', (_why, incoming) => {
		const id = requestId(incoming);
		expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(id).not.toBe(incoming);
	});
});
