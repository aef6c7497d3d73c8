/** Strings around the clinic's own pictures and films, part of the catalogue in messages.ts. */

export const mediaMessagesDa = {
	'media.onScreen': 'Filmen vises på skærmen.',
	'media.sound': 'Slå lyden til',
	'media.play': 'Afspil film',
	'media.pause': 'Pause',
	'media.rewind': 'Forfra',
	'media.playing': 'Filmen kører på skærmen',
	'media.paused': 'Filmen står stille'
};

export const mediaMessagesEn: Record<keyof typeof mediaMessagesDa, string> = {
	'media.onScreen': 'The film is shown on the screen.',
	'media.sound': 'Turn the sound on',
	'media.play': 'Play film',
	'media.pause': 'Pause',
	'media.rewind': 'From the start',
	'media.playing': 'The film is playing on the screen',
	'media.paused': 'The film is paused'
};
