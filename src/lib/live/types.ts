/** The live session's own words: its phases, its forms, its state and the commands that move it. */
import type { Exercise } from '../decks/exercise';
import type { Question } from '../decks/schema';
import type { ExerciseRun } from './exerciseClock';
import type { AddQuestion } from '../questions/library';
import type { Refusal, RefusalCode } from './refusal';

export type SessionPhase = 'lobby' | 'live' | 'ended';
export type QuestionPhase = 'draft' | 'open' | 'closed' | 'revealed';
/**
 * group: one screen for the room, anonymous aggregates. individual: one patient, in the clinic,
 * possibly on the physiotherapist's device. video: participants at home follow on their own screen.
 */
export const sessionModes = ['group', 'individual', 'video'] as const;
export type SessionMode = (typeof sessionModes)[number];

/** A prompt on the screen for a talk in pairs or the whole group, with an optional timer. */
export type DialogueView = {
	text: string;
	/** When the discussion time is up, in the server's clock (ms since 1970); null without a timer. */
	endsAt: number | null;
	/** The question participants answer the prompt with, when the presenter collects answers. */
	questionId: string | null;
};

/** The film on the current slide: where it was at `since` (server time), and whether it plays. */
export type FilmState = {
	slideIndex: number;
	playing: boolean;
	positionMs: number;
	since: number;
};

export type LiveState = {
	phase: SessionPhase;
	mode: SessionMode;
	/** -1 is the lobby (join code and QR on the screen). */
	slideIndex: number;
	/** Every slide shown so far, ascending: tells whether the room has seen the red flags. */
	shown: number[];
	activeQuestionId: string | null;
	questions: Record<string, QuestionPhase>;
	/** Questions the presenter added during the session, after the deck's own. */
	added: Question[];
	dialogue: DialogueView | null;
	/** The current slide's film on the TV; null until it is first played, and again on a new slide. */
	film: FilmState | null;
	/** The exercise on the current slide once started; absent in states stored before exercises. */
	exercise?: ExerciseRun | null;
	/** Hashes of the one-time pairing token and of the paired phone's key; never the secrets. */
	remote: { pairingHash: string | null; keyHash: string | null };
	seq: number;
};

/** What the machine needs to know about the deck. */
export type DeckShape = {
	slideCount: number;
	questionIds: ReadonlySet<string>;
	/** The slides that show a film. */
	filmSlides?: ReadonlySet<number>;
	/** Each slide's exercise, by slide index (null for a slide without one). */
	exercises?: readonly (Exercise | null)[];
};

/** The presenter's commands that move the session's state (moderation acts on stored answers). */
export type StateCommand =
	| { type: 'slide:next' }
	| { type: 'slide:prev' }
	| { type: 'slide:goto'; index: number }
	| {
			type: 'question:open' | 'question:close' | 'question:reveal' | 'question:reset';
			questionId: string;
	  }
	| ({ type: 'question:add' } & AddQuestion)
	| {
			type: 'dialogue:show';
			text: string;
			/** A pair/group discussion timer in seconds; 0 for none. */
			seconds: number;
			/** Let participants answer the prompt with short text. */
			collect: boolean;
	  }
	| { type: 'dialogue:clear' }
	| { type: 'film:play' }
	| { type: 'film:pause' }
	| { type: 'film:rewind' }
	| {
			type:
				'exercise:start' | 'exercise:pause' | 'exercise:resume' | 'exercise:skip' | 'exercise:stop';
	  }
	| { type: 'session:mode'; mode: SessionMode }
	| { type: 'session:end' };

export type LiveEvent =
	| { type: 'slide:changed'; slideIndex: number }
	| { type: 'question:changed'; questionId: string; phase: QuestionPhase; active: boolean }
	| { type: 'question:reset'; questionId: string }
	| { type: 'question:added'; questionId: string }
	| { type: 'dialogue:changed' }
	| { type: 'film:changed' }
	| { type: 'exercise:changed' }
	| { type: 'mode:changed'; mode: SessionMode }
	| { type: 'session:ended' };

export type Transition = { ok: true; state: LiveState; events: LiveEvent[] } | Refusal<RefusalCode>;
