/**
 * Every UI string in Danish, gathered from one file per feature. A page loads the catalogue of
 * its own language only (i18n.svelte.ts); en.ts holds the English, with every key of this one.
 */
import { addMessagesDa } from './addMessages';
import { appMessagesDa } from './appMessages';
import { consoleMessagesDa } from './consoleMessages';
import { exerciseMessagesDa } from './exerciseMessages';
import { figureMessagesDa } from './figureMessages';
import { libraryMessagesDa } from './libraryMessages';
import { mediaMessagesDa } from './mediaMessages';
import { participantMessagesDa } from './participantMessages';
import { questionMessagesDa } from './questionMessages';

export const da = {
	...appMessagesDa,
	...libraryMessagesDa,
	...consoleMessagesDa,
	...addMessagesDa,
	...participantMessagesDa,
	...questionMessagesDa,
	...figureMessagesDa,
	...mediaMessagesDa,
	...exerciseMessagesDa
} as const;

export type MessageKey = keyof typeof da;
export type Catalogue = Record<MessageKey, string>;
