/** The keys a presenter (or a clicker remote, which sends PageUp/PageDown) moves slides with. */
export type SlideStep = 'slide:next' | 'slide:prev';

/** Where the key was pressed: anything with `closest`, as every DOM element has. */
type KeyTarget = { closest(selectors: string): unknown } | null;

/**
 * What a key press means on the console. null: not a slide key here, the browser keeps it (typing
 * in a field, space on a button). A step of null: a slide key at the end of the deck, which only
 * keeps the page from scrolling.
 */
export function slideKey(
	key: string,
	target: KeyTarget,
	at: { index: number; count: number }
): { step: SlideStep | null } | null {
	if (target?.closest('input, textarea, select, [contenteditable]')) return null;
	if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !target?.closest('button, a')))
		return { step: at.index + 1 < at.count ? 'slide:next' : null };
	if (key === 'ArrowLeft' || key === 'PageUp') return { step: at.index > -1 ? 'slide:prev' : null };
	return null;
}
