/**
 * Every UI string, Danish first, gathered from one file per feature; each feature's English
 * must have every key its Danish has. Deck content is Danish and is not translated here.
 */
import { addMessagesDa, addMessagesEn } from './addMessages';
import { appMessagesDa, appMessagesEn } from './appMessages';
import { consoleMessagesDa, consoleMessagesEn } from './consoleMessages';
import { exerciseMessagesDa, exerciseMessagesEn } from './exerciseMessages';
import { figureMessagesDa, figureMessagesEn } from './figureMessages';
import { libraryMessagesDa, libraryMessagesEn } from './libraryMessages';
import { mediaMessagesDa, mediaMessagesEn } from './mediaMessages';
import { participantMessagesDa, participantMessagesEn } from './participantMessages';
import { questionMessagesDa, questionMessagesEn } from './questionMessages';

const da = {
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

const en: Record<MessageKey, string> = {
	...appMessagesEn,
	...libraryMessagesEn,
	...consoleMessagesEn,
	...addMessagesEn,
	...participantMessagesEn,
	...questionMessagesEn,
	...figureMessagesEn,
	...mediaMessagesEn,
	...exerciseMessagesEn
};

export const catalogue = { da, en } as const;
