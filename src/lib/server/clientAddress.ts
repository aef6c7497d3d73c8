/**
 * Who sent a request, decided the same way for pages and websockets. Behind a proxy every phone
 * of a class arrives from the proxy's address, so limits keyed on the socket's address would
 * lump them together. adapter-node's rule: read `ADDRESS_HEADER` only when it is configured (a
 * header anyone can send means nothing unless a trusted proxy overwrites it), and for
 * X-Forwarded-For take the `XFF_DEPTH`-th address from the right, the one our proxy appended.
 */
export type ProxySettings = { addressHeader?: string; xffDepth: number };

export class MissingAddressHeader extends Error {}

type HeaderValue = string | string[] | null | undefined;

export function clientAddress(
	header: (name: string) => HeaderValue,
	remoteAddress: string | undefined,
	proxy: ProxySettings
): string {
	const name = proxy.addressHeader?.toLowerCase();
	if (!name) return normalise(remoteAddress ?? '');
	const raw = header(name);
	if (raw === null || raw === undefined)
		throw new MissingAddressHeader(`the ${name} header set by the proxy is missing`);
	const value = Array.isArray(raw) ? raw.join(',') : raw;
	if (name !== 'x-forwarded-for') return normalise(value.trim());
	const addresses = value.split(',');
	if (proxy.xffDepth > addresses.length)
		throw new MissingAddressHeader(
			`XFF_DEPTH is ${proxy.xffDepth}, but ${name} holds only ${addresses.length} address(es)`
		);
	return normalise(addresses[addresses.length - proxy.xffDepth]!.trim());
}

/** An IPv4 client seen through a dual-stack socket is still the same client. */
function normalise(address: string): string {
	return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
