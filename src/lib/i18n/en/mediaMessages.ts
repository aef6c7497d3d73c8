/** The English of mediaMessages.ts, with every key its Danish has. */
import type { mediaMessagesDa } from '../mediaMessages';

export const mediaMessagesEn: Record<keyof typeof mediaMessagesDa, string> = {
	'media.onScreen': 'The film is shown on the screen.',
	'media.sound': 'Turn the sound on',
	'media.play': 'Play film',
	'media.pause': 'Pause',
	'media.rewind': 'From the start',
	'media.playing': 'The film is playing on the screen',
	'media.paused': 'The film is paused'
};
