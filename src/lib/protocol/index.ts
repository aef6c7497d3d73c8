/**
 * Every socket event, both directions, defined once: the handshake, the commands with their
 * schemas, the acknowledgements, and the views the server sends. The domain's own types (phases,
 * answers, results, question views) come from live/, questions/ and decks/ and are passed on
 * here for the pages that speak the protocol.
 */
export * from './acks';
export * from './commands';
export * from './events';
export * from './handshake';
export * from './ids';
export * from './presenterViews';
export * from './views';

export type { SlideView } from '../decks/view';
export type { Exercise, Pace, Timing } from '../decks/exercise';
export type { ExerciseClock, ExerciseRun, ExerciseStatus } from '../live/exerciseClock';
export {
	sessionModes,
	type DialogueView,
	type QuestionPhase,
	type SessionMode,
	type SessionPhase
} from '../live/types';
export { addTemplates, type AddTemplate } from '../questions/library';
export type {
	ChoiceResults,
	MythFactResults,
	QuestionnaireResults,
	Results,
	ScaleResults,
	WallResults,
	WithheldResults,
	WordResults
} from '../questions/results';
export { ACTIVITY_MAX, OPEN_TEXT_MAX, type AnswerValue } from '../questions/values';
export type { QuestionView, ScaleQuestionView } from '../questions/view';
