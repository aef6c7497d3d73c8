/** What the audience screen, every phone and a paired remote are sent: nothing private. */
import type { Pace, Timing } from '../decks/exercise';
import type { QuestionType, SafetyView } from '../decks/schema';
import type { ExerciseRun } from '../live/exerciseClock';
import type { SlideView } from '../decks/view';
import type {
	DialogueView,
	FilmState,
	QuestionPhase,
	SessionMode,
	SessionPhase
} from '../live/types';
import type { Results } from '../questions/results';
import type { AnswerValue } from '../questions/values';
import type { QuestionView } from '../questions/view';

/** What the audience screen and every phone see: nothing private, nothing presenter-only. */
export type PublicState = {
	seq: number;
	phase: SessionPhase;
	mode: SessionMode;
	deckTitle: string;
	deckLanguage: 'da' | 'en';
	joinCode: string;
	slideIndex: number;
	slideCount: number;
	slide: SlideView | null;
	question: QuestionView | null;
	/** Present only once the active question is revealed. */
	results: Results | null;
	dialogue: DialogueView | null;
	/** The current slide's film on the TV, when the presenter has played it. */
	film: FilmState | null;
	/** The current slide's exercise, when it has one (absent otherwise). */
	exercise?: ExerciseView;
	/** The server's clock when this was sent, so timers agree whatever the phone's clock says. */
	serverNow: number;
	participantsOnline: number;
	/** Every safety block of the deck, sent once the session has ended so no one leaves without it. */
	closingSafety: SafetyView[];
};

export type MyAnswer = { questionId: string; answerId: string; value: AnswerValue };

/** A participant's own answer to the same item in an earlier session of their course. */
export type PreviousAnswer = { questionId: string; value: number; at: number };

/** What a paired phone needs to drive: where the session is and the questions it can open. */
export type RemoteState = {
	seq: number;
	slideTitles: string[];
	questions: { id: string; text: string; type: QuestionType; phase: QuestionPhase }[];
};

/** A part of an exercise's check-in: the question, and its results once revealed to the room. */
export type CheckInView = { question: QuestionView; results: Results | null };

/** The current slide's exercise: what to do, and where the timer is on the server's clock. */
export type ExerciseView = {
	id: string;
	name: string;
	steps: string[];
	timing: Timing;
	pace: Pace | null;
	/** Null until the presenter starts it. */
	run: ExerciseRun | null;
	/** The check-in's parts once the exercise is stopped; empty without a check-in. */
	checkIn: CheckInView[];
};
