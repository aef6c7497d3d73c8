/** Every UI string in English: each feature's English has every key its Danish has (da.ts). */
import type { Catalogue } from './da';
import { addMessagesEn } from './en/addMessages';
import { appMessagesEn } from './en/appMessages';
import { consoleMessagesEn } from './en/consoleMessages';
import { exerciseMessagesEn } from './en/exerciseMessages';
import { figureMessagesEn } from './en/figureMessages';
import { libraryMessagesEn } from './en/libraryMessages';
import { mediaMessagesEn } from './en/mediaMessages';
import { participantMessagesEn } from './en/participantMessages';
import { questionMessagesEn } from './en/questionMessages';

export const en: Catalogue = {
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
