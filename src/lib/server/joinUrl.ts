import { networkInterfaces } from 'node:os';

const LOOPBACK_NAME = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?)$/;

export type JoinTarget = {
	/** The address phones should use to join, without a trailing slash. */
	base: string;
	/** False when the server listens only on this machine: no phone can reach it at all. */
	phonesCanJoin: boolean;
};

/**
 * Where phones should join. A laptop presenting from http://localhost would put "localhost" in
 * the QR code, which no phone can reach, so then we offer the laptop's address on the local
 * network — but only when the server listens there too (HOST): a QR code pointing at an address
 * nobody answers on is worse than an honest warning. PUBLIC_URL overrides the guess.
 */
export function joinTarget(
	url: URL,
	{ publicUrl, host }: { publicUrl?: string | undefined; host?: string | undefined }
): JoinTarget {
	if (publicUrl) return { base: publicUrl.replace(/\/+$/, ''), phonesCanJoin: true };
	const loopbackOnly = !!host && LOOPBACK_NAME.test(host);
	if (!LOOPBACK_NAME.test(url.hostname)) return { base: url.origin, phonesCanJoin: !loopbackOnly };
	if (loopbackOnly) return { base: url.origin, phonesCanJoin: false };
	const lan = Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal);
	return lan
		? {
				base: `${url.protocol}//${lan.address}${url.port ? `:${url.port}` : ''}`,
				phonesCanJoin: true
			}
		: { base: url.origin, phonesCanJoin: false };
}
