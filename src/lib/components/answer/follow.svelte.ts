import { untrack } from 'svelte';
import { Echo } from './echo';

/**
 * Local input starts from the stored answer and runs `apply` whenever that changes from outside
 * this phone, e.g. in a second tab. Call it while a component starts, like any effect, and send
 * every answer through the function it returns: the server's echo of those is no news.
 */
export function followStored<T>(
	stored: () => T,
	apply: (value: T) => void
): <V extends T>(value: V, choose: (value: V) => void) => void {
	const echo = new Echo(untrack(stored));
	$effect.pre(() => {
		const value = stored();
		untrack(() => {
			if (echo.isForeign(value)) apply(value);
		});
	});
	return (value, choose) => {
		echo.mark(value);
		choose(value);
	};
}
