/**
 * Type that fills the TV without running off it: the element's `--fit` (0.45–1) scales its type
 * down, by halving the gap, until its content fits its height. Runs again when the element is
 * resized or `key` changes (a new slide, a new state).
 */
export function fitText(node: HTMLElement, key: unknown) {
	let frame = 0;
	const fits = () => node.scrollHeight <= node.clientHeight + 1;
	const fit = () => {
		node.style.setProperty('--fit', '1');
		if (fits()) return;
		let [low, high] = [0.45, 1];
		for (let i = 0; i < 8; i++) {
			const mid = (low + high) / 2;
			node.style.setProperty('--fit', String(mid));
			if (fits()) low = mid;
			else high = mid;
		}
		node.style.setProperty('--fit', String(low));
	};
	const later = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(fit);
	};
	const resized = new ResizeObserver(later);
	resized.observe(node);
	fit();
	return {
		update(next: unknown) {
			if (next !== key) later();
			key = next;
		},
		destroy() {
			cancelAnimationFrame(frame);
			resized.disconnect();
		}
	};
}
