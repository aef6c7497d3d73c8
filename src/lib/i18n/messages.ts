/**
 * Both catalogues at once, for the server and the tests. Deck content is Danish and is not
 * translated here. Pages load one language at a time through i18n.svelte.ts.
 */
import { da } from './da';
import { en } from './en';

export type { Catalogue, MessageKey } from './da';
export const catalogue = { da, en } as const;
