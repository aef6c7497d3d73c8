import { networkInterfaces } from 'node:os';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The address phones should use to join. A laptop presenting from http://localhost would put
 * "localhost" in the QR code, which no phone can reach, so then we offer the laptop's address on
 * the local network. PUBLIC_URL overrides the guess.
 */
export function joinBaseUrl(url: URL, publicUrl: string | undefined): string {
	if (publicUrl) return publicUrl.replace(/\/+$/, '');
	if (!LOOPBACK.test(url.hostname)) return url.origin;
	const lan = Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal);
	return lan ? `${url.protocol}//${lan.address}${url.port ? `:${url.port}` : ''}` : url.origin;
}
