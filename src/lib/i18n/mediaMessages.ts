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
