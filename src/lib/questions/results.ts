/** What the group answered, per kind of question. Pure: the store hands in the values. */

/** A distribution over consecutive whole numbers: 0–10 scales, agreement, ratings. */
export type ScaleResults = {
	questionId: string;
	type: 'scale';
	total: number;
	min: number;
	/** counts[i] is the number of answers with value min + i. */
	counts: number[];
	median: number | null;
};
export type ChoiceResults = {
	questionId: string;
	type: 'choice';
	/** Participants who answered; with multiple choice the counts may add up to more. */
	total: number;
	options: string[];
	counts: number[];
};
export type MythFactResults = {
	questionId: string;
	type: 'myth-fact';
	total: number;
	myth: number;
	fact: number;
	answer: 'myth' | 'fact';
	explanation: string;
};
/** Approved word-cloud words, counted case-insensitively. */
export type WordResults = {
	questionId: string;
	type: 'words';
	total: number;
	words: { word: string; count: number }[];
};
/** Approved short texts, for the wall. */
export type WallResults = {
	questionId: string;
	type: 'wall';
	total: number;
	entries: { id: string; text: string }[];
};
export type QuestionnaireResults = {
	questionId: string;
	type: 'questionnaire';
	total: number;
	items: { text: string; count: number; median: number | null }[];
};
/** Too few answers to show anything without pointing at someone. */
export type WithheldResults = {
	questionId: string;
	type: 'withheld';
	total: number;
	needed: number;
};
export type Results =
	| ScaleResults
	| ChoiceResults
	| MythFactResults
	| WordResults
	| WallResults
	| QuestionnaireResults
	| WithheldResults;

export function scaleResults(
	questionId: string,
	min: number,
	max: number,
	values: number[]
): ScaleResults {
	const counts = Array.from({ length: max - min + 1 }, () => 0);
	const counted: number[] = [];
	for (const value of values) {
		if (!Number.isInteger(value) || value < min || value > max) continue;
		counts[value - min]! += 1;
		counted.push(value);
	}
	return { questionId, type: 'scale', total: counted.length, min, counts, median: median(counted) };
}

/** The middle value; halfway between the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
