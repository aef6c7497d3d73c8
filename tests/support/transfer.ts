/**
 * What a page costs to load, as Chromium's network layer counts it: the bytes that came over the
 * wire for every response (headers and the body as sent, compressed or not) and how many there
 * were. Websocket frames are not responses and are not counted.
 */
import type { Page } from '@playwright/test';

export type Transfer = {
	/** Headers and bodies, as they came over the wire. */
	bytes: number;
	requests: number;
	each: { url: string; bytes: number }[];
};

/** Starts counting on `page` (a fresh context, so the cache is cold); read the figures later. */
export async function countTransfer(page: Page): Promise<() => Transfer> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const urls = new Map<string, string>();
	const sizes = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
	cdp.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
	return () => ({
		bytes: [...sizes.values()].reduce((sum, size) => sum + size, 0),
		requests: sizes.size,
		each: [...sizes].map(([id, bytes]) => ({ url: urls.get(id) ?? id, bytes }))
	});
}

/** The slow mobile link of the page budget: 400 ms round trip, 400 kbit/s each way. */
export async function slowThreeG(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: (400 * 1000) / 8,
		uploadThroughput: (400 * 1000) / 8
	});
}

export const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
