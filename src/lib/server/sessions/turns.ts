/**
 * The order of changes to one session. A change waits for every change before it and for the
 * answers judged before it to be stored. An answer waits only for the changes before it to be
 * judged; once judged, its write runs alongside the answers judged after it, so a class answering
 * at once shares one commit (groupCommit.ts) while a presenter's command still sees them all.
 */
type Lane = { judged: Promise<unknown>; settled: Promise<unknown> };

const quiet = (work: Promise<unknown>) => work.catch(() => undefined);

export class Turns {
	private lanes = new Map<string, Lane>();

	/** Runs `task` after every change and every answer before it, stored. */
	inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
		const lane = this.lane(key);
		const next = lane.settled.then(task, task);
		lane.judged = lane.settled = quiet(next);
		this.release(key, lane);
		return next;
	}

	/**
	 * Runs `judge` after the changes and judgements before it, then `write` with what it judged,
	 * without holding up the judgements after it; the next `inTurn` waits for the write.
	 */
	alongside<J, T>(key: string, judge: () => J | Promise<J>, write: (judged: J) => Promise<T>): Promise<T> {
		const lane = this.lane(key);
		const judged = lane.judged.then(judge);
		const written = judged.then(write);
		lane.judged = quiet(judged);
		lane.settled = Promise.all([lane.settled, quiet(written)]);
		this.release(key, lane);
		return written;
	}

	private lane(key: string): Lane {
		let lane = this.lanes.get(key);
		if (!lane) {
			const idle = Promise.resolve();
			this.lanes.set(key, (lane = { judged: idle, settled: idle }));
		}
		return lane;
	}

	/** Forgets the lane once everything in it is done and nothing joined it meanwhile. */
	private release(key: string, lane: Lane): void {
		const settled = lane.settled;
		void settled.then(() => {
			if (this.lanes.get(key) === lane && lane.settled === settled) this.lanes.delete(key);
		});
	}
}
