import type { MediaView } from './media';
import type { Figure, SafetyView } from './schema';

/** A slide as the audience sees it: the participant text, its safety blocks and its picture. */
export type SlideView = {
	index: number;
	id: string;
	title: string;
	/** Sanitised HTML rendered from the deck's participant text. */
	html: string;
	/** Safety content; every surface shows it and it cannot be hidden. */
	safety: SafetyView[];
	/** A built-in picture drawn next to the text. */
	figure?: Figure;
	/** The clinic's own picture or film. */
	media?: MediaView;
};
