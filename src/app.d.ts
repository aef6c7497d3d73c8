import type { IncomingMessage } from 'node:http';
import type { Locale } from '$lib/i18n/locale';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			/** The client as the limits see it: the same rule as for websockets (clientAddress.ts). */
			clientAddress: string;
			/** Logged in with PRESENTER_PASSWORD (always false when none is set). */
			presenter: boolean;
		}
		interface Error {
			message: string;
			code?: string;
		}
		/** adapter-node hands the raw request to the app; the dev server does not. */
		interface Platform {
			req?: IncomingMessage;
		}
	}
}

export {};
