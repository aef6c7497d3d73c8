/** Where each built-in picture keeps its strings in the catalogue, for the tests that read them. */
import type { Figure } from '../../src/lib/decks/schema';
import type { MessageKey } from '../../src/lib/i18n/messages';

const prefix: Record<Figure, string> = {
	't-score': 'tscore',
	'progression-ladder': 'ladder',
	'pain-alarm': 'painAlarm',
	'nerve-root': 'nerveRoot',
	'stenosis-canal': 'stenosis',
	'knee-lever': 'knee',
	'fracture-cascade': 'cascade',
	'strong-steady-straight': 'sss',
	'osteoporosis-pathway': 'pathway'
};

export const labelKey = (figure: Figure) => `figure.${prefix[figure]}.aria` as MessageKey;
export const captionKey = (figure: Figure) => `figure.${prefix[figure]}.caption` as MessageKey;
/** Every catalogue key of one picture. */
export const keysOf = (figure: Figure, keys: readonly string[]) =>
	keys.filter((key) => key.startsWith(`figure.${prefix[figure]}.`));
