/**
 * DNS rebinding: a page on evil.example points its own name at the clinic's server and reads the
 * answers through the visitor's browser. The browser still says `Host: evil.example`, so pages and
 * websockets answer only for names this server is known by.
 */
import { isIP } from 'node:net';
import { hostname } from 'node:os';

export type HostSettings = { allowedHosts?: string[]; publicUrl?: string; origin?: string };

/** The names served: ALLOWED_HOSTS, PUBLIC_URL's and ORIGIN's, this machine's, and localhost. */
export function allowedHosts(settings: HostSettings): Set<string> {
	const names = [
		'localhost',
		hostname(),
		`${hostname()}.local`,
		...(settings.allowedHosts ?? []),
		...[settings.publicUrl, settings.origin].flatMap((url) => (url ? [new URL(url).hostname] : []))
	];
	return new Set(names.map((n) => n.toLowerCase().replace(/\.$/, '')));
}

/**
 * An address typed as digits cannot be rebound, so IP literals always pass; a name must be on
 * the list (`.localhost` names resolve to this machine by definition).
 */
export function hostAllowed(hostHeader: string | null | undefined, allowed: Set<string>): boolean {
	if (!hostHeader) return false;
	let name: string;
	try {
		name = new URL(`http://${hostHeader}`).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return false;
	}
	const bare = name.startsWith('[') ? name.slice(1, -1) : name;
	return isIP(bare) !== 0 || allowed.has(name) || name.endsWith('.localhost');
}
