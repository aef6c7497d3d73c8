import { describe, expect, it } from 'vitest';
import payloads from '../../../tests/support/xss-payloads.json';
import { plainText, renderMarkdown } from './render';

describe('renderMarkdown', () => {
	it('keeps the text tags a deck needs', () => {
		expect(renderMarkdown('**Vigtigt:** gå *hver* dag\n\n- en\n- to')).toBe(
			'<p><strong>Vigtigt:</strong> gå <em>hver</em> dag</p>\n<ul>\n<li>en</li>\n<li>to</li>\n</ul>'
		);
		expect(renderMarkdown('### Råd\n\n> Husk pauser')).toBe(
			'<h3>Råd</h3>\n<blockquote>\n<p>Husk pauser</p>\n</blockquote>'
		);
	});

	it('drops scripts, images, links, frames and every attribute', () => {
		const html = renderMarkdown(
			[
				'<script>alert(1)</script>',
				'![x](https://evil.example/pixel.png)',
				'[klik](javascript:alert(1)) og [her](https://evil.example)',
				'<iframe src="https://evil.example"></iframe>',
				'<p onclick="alert(1)" style="color:red" class="x">Tekst</p>',
				'<h1>Stor</h1>'
			].join('\n\n')
		);
		expect(html).not.toMatch(/<(script|img|a|iframe|h1)\b|on\w+=|style=|class=|javascript:|evil/i);
		expect(html).toContain('klik');
		expect(html).toContain('<p>Tekst</p>');
	});

	it.each(payloads as string[])('leaves no tag with an attribute from %s', (payload) => {
		const html = renderMarkdown(payload);
		expect(html).not.toMatch(/<[a-z]+\s[^>]*=/i);
		expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|a|style|link|meta)\b/i);
	});
});

describe('plainText', () => {
	it('gives the visible words, one line per paragraph or item, with entities decoded', () => {
		expect(plainText('**Gå** & hvil\n\n- "en" <b>to</b>\n- tre\'s')).toBe(
			'Gå & hvil\n"en" to\ntre\'s'
		);
	});

	it('shows a pasted tag as nothing, never as markup', () => {
		expect(plainText('før <script>alert(1)</script> efter')).toBe('før  efter');
	});
});
