import { untrack } from 'svelte';
import type { Echo } from './echo';

/**
 * Runs `apply` with the stored answer whenever it changes from outside this phone. Call it while
 * a component starts, like any effect.
 */
export function followStored<T>(echo: Echo, stored: () => T, apply: (value: T) => void): void {
	$effect.pre(() => {
		const value = stored();
		untrack(() => {
			if (echo.isForeign(value)) apply(value);
		});
	});
}
