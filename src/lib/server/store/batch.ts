/** What both stores share about batches of answers. */
import type { AnswerWrite, SaveAnswerResult } from './types';

type SaveAnswers = (writes: AnswerWrite[]) => Promise<PromiseSettledResult<SaveAnswerResult>[]>;

/** One answer as a batch of one: its result, or its failure as a rejection. */
export async function oneOf(
	saveAnswers: SaveAnswers,
	write: AnswerWrite
): Promise<SaveAnswerResult> {
	const [result] = await saveAnswers([write]);
	if (result!.status === 'rejected') throw result!.reason;
	return result!.value;
}
