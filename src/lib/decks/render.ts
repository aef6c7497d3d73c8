/**
 * Deck Markdown to HTML. Deck files are edited by people, so their HTML is sanitised to a small
 * set of text tags: a pasted <script> or an image from another host must never reach a page.
 */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const allowedTags = [
	'p',
	'ul',
	'ol',
	'li',
	'strong',
	'em',
	'b',
	'i',
	'br',
	'h3',
	'h4',
	'blockquote'
];

export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown, { async: false, gfm: true });
	return sanitizeHtml(html, { allowedTags, allowedAttributes: {} }).trim();
}

/** The visible words of some Markdown, for readability measures and plain-text views. */
export function plainText(markdown: string): string {
	const html = renderMarkdown(markdown).replace(/<\/(p|li|h3|h4)>/g, '$&\n');
	return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\n{2,}/g, '\n')
		.trim();
}
