/** How an exercise is timed, in words: "2:00" or "3 rounds of 0:30, 0:30 rest". */
import { t } from '$lib/i18n/i18n.svelte';
import { formatClock } from '$lib/live/exerciseClock';
import type { Exercise } from '$lib/protocol';

export function timingText(exercise: Pick<Exercise, 'timing'>): string {
	const { timing } = exercise;
	return timing.kind === 'duration'
		? t('exercise.timing.duration', { time: formatClock(timing.ms) })
		: t('exercise.timing.interval', {
				rounds: timing.rounds,
				work: formatClock(timing.workMs),
				rest: formatClock(timing.restMs)
			});
}
