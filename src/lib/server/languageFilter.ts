/**
 * Flags entries that may need a second look before they go on the screen. It only flags: the
 * presenter decides. Built on a maintained word list (leo-profanity) with Danish words added.
 */
import filter from 'leo-profanity';

const danish = [
	'lort',
	'lorte',
	'pis',
	'pisse',
	'fanden',
	'fandens',
	'satan',
	'satans',
	'kraftedeme',
	'kraftædeme',
	'røv',
	'røvhul',
	'røvhuller',
	'fisse',
	'fissen',
	'pik',
	'pikken',
	'kælling',
	'kællinger',
	'luder',
	'ludder',
	'mongol',
	'spasser',
	'idiot',
	'idioter',
	'skiderik',
	'bøsserøv',
	'perker',
	'neger'
];
filter.add(danish);

export function needsReview(text: string): boolean {
	return filter.check(text.toLocaleLowerCase('da'));
}
