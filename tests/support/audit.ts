/** Checks in the browser shared by the accessibility and layout specs. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page, one line per element: rule, impact, where, and why. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} [${violation.impact}] ${node.target.join(' ')}: ${violation.help} — ${node.failureSummary?.replace(/\s+/g, ' ')}`
		)
	);
}

export type Layout = {
	/** How far the document scrolls sideways. */
	sideways: number;
	/** Visible elements and text reaching past the left or right edge of the viewport. */
	outside: string[];
	/** Visible text set smaller than the minimum, with its size. */
	smallText: string[];
	/** Buttons, links, fields and summaries smaller than 44 × 44 px. */
	smallTargets: string[];
};

/** One pass over the page for everything a phone layout must hold. */
export function layout(page: Page, minText = 18): Promise<Layout> {
	return page.evaluate((minText) => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const outside = (box: DOMRect) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
		const by = (box: DOMRect) => Math.round(Math.max(box.right - width, -box.left));
		const shown = (el: Element) =>
			!el.closest('.visually-hidden') && el.checkVisibility({ visibilityProperty: true });
		const snippet = (text: string | null) => (text ?? '').trim().slice(0, 50);
		const found: Layout = {
			sideways: root.scrollWidth - width,
			outside: [],
			smallText: [],
			smallTargets: []
		};

		for (const el of document.body.querySelectorAll('*')) {
			if (!shown(el)) continue;
			const box = el.getBoundingClientRect();
			if (outside(box))
				found.outside.push(
					`<${el.tagName.toLowerCase()} class="${el.className}"> ${by(box)} px: ${snippet(el.textContent)}`
				);
			if (
				el.matches('button, a, input, select, textarea, summary, label:has(input)') &&
				box.width > 0 &&
				(box.width < 44 || box.height < 44)
			)
				found.smallTargets.push(
					`${Math.round(box.width)}×${Math.round(box.height)} ${el.outerHTML.slice(0, 80)}`
				);
		}

		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!node.textContent?.trim() || !parent || parent.closest('script, style')) continue;
			// Clipped to a pixel is the usual way of keeping text for screen readers only.
			const box = parent.getBoundingClientRect();
			if (!shown(parent) || box.width <= 1 || box.height <= 1) continue;
			const size = parseFloat(getComputedStyle(parent).fontSize);
			if (size < minText)
				found.smallText.push(
					`${size} px <${parent.tagName.toLowerCase()}>: ${snippet(node.textContent)}`
				);
			range.selectNodeContents(node);
			const spill = [...range.getClientRects()].find(outside);
			if (spill) found.outside.push(`text ${by(spill)} px: ${snippet(node.textContent)}`);
		}
		return found;
	}, minText);
}
