/**
 * Creates the sessions of a population through the same HTTP call the library makes
 * (POST /api/sessions), each from its presenter's loopback address, and names their phones.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { z } from 'zod';
import { pool } from './clients';
import type { Endpoint, SessionRef } from './messages';
import { loopbackAddress } from './plan';

/** The deck whose first slide holds the 0–10 question; the bare server ignores the deck. */
const DECK_ID = 'laenderyg-full';
const PHONE_BLOCK = 1;
const PRESENTER_BLOCK = 2;

const createdSchema = z.object({
	sessionId: z.string(),
	joinCode: z.string(),
	presenterKey: z.string()
});

/** A JSON POST from a given loopback address; anything but 201 Created is an error. */
export function post(
	{ url, ca }: Endpoint,
	path: string,
	body: object,
	localAddress = '127.0.0.1'
): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const text = JSON.stringify(body);
		const request = url.startsWith('https:') ? httpsRequest : httpRequest;
		const req = request(
			new URL(path, url),
			{
				method: 'POST',
				localAddress,
				...(ca !== null && { ca }),
				timeout: 30_000,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }
			},
			(res) => {
				let data = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (data += chunk));
				res.on('end', () => {
					if (res.statusCode !== 201) reject(new Error(`${path}: HTTP ${res.statusCode} ${data}`));
					else resolve(JSON.parse(data));
				});
			}
		);
		req.on('timeout', () => req.destroy(new Error(`${path}: no answer in 30 s`)));
		req.on('error', reject);
		req.end(text);
	});
}

export async function createSessions(
	endpoint: Endpoint,
	{
		sessions,
		phones,
		perAddress,
		label
	}: { sessions: number; phones: number; perAddress: number; label: string }
): Promise<SessionRef[]> {
	const perSession = Math.floor(phones / sessions);
	const refs: SessionRef[] = [];
	await pool(
		Array.from({ length: sessions }, (_, index) => index),
		8,
		async (index) => {
			// One clinic, one address: each presenter starts from its own, as hosted clinics do.
			const address = loopbackAddress(index, 1, PRESENTER_BLOCK);
			const created = createdSchema.parse(
				await post(endpoint, '/api/sessions', { deckId: DECK_ID }, address)
			);
			refs.push({
				index,
				...created,
				address,
				phones: Array.from({ length: perSession }, (_, n) => ({
					participantId: `bench-${label}-${String(index).padStart(4, '0')}-${String(n).padStart(4, '0')}`,
					address: loopbackAddress(index * perSession + n, perAddress, PHONE_BLOCK)
				}))
			});
		}
	);
	return refs.sort((a, b) => a.index - b.index);
}

/** Whole sessions per worker, dealt round-robin so both get the same mix. */
export const shareOf = (refs: readonly SessionRef[], worker: number, workers: number) =>
	refs.filter((ref) => ref.index % workers === worker);
