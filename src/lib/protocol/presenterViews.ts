/** What only the presenter's console is sent: notes, every answer, who said what. */
import type { MediaView } from '../decks/media';
import type { Exercise } from '../decks/exercise';
import type { Figure, QuestionType, SafetyView } from '../decks/schema';
import type { QuestionPhase } from '../live/types';
import type { ModerationStatus } from '../questions/aggregate';
import type { Results } from '../questions/results';
import type { QuestionView } from '../questions/view';

export type ParticipantView = {
	id: string;
	nickname: string;
	online: boolean;
	answered: number;
};

export type PresenterQuestion = {
	id: string;
	type: QuestionType;
	text: string;
	/** Added during the session from the console rather than written in the deck. */
	added: boolean;
	/** How the question looks on a phone, for drawing its results in the console. */
	view: QuestionView;

	phase: QuestionPhase;
	count: number;
	results: Results | null;
	/** What to do when one of its answers alerts (the deck's `alert-advice`). */
	alertAdvice: string | null;
};

export type PresenterSlide = {
	index: number;
	id: string;
	title: string;
	topic: string;
	source: string;
	html: string;
	safety: SafetyView[];
	notesHtml: string;
	prompts: string[];
	glossary: { term: string; html: string }[];
	questionIds: string[];
	figure?: Figure;
	media?: MediaView;
	/** The slide's exercise with the physiotherapist's notes (adaptations, what to watch for). */
	exercise?: Exercise;
};

/** An open-text or word-cloud entry in the presenter's moderation queue. */
export type EntryView = {
	answerId: string;
	questionId: string;
	participantId: string;
	text: string;
	status: ModerationStatus;
	/** The language filter found a word that may need a second look. */
	flagged: boolean;
};

/** One participant's answer as the console's table shows it. */
export type ResponseView = {
	participantId: string;
	questionId: string;
	display: string;
	/** The deck marks this answer as needing the presenter's attention (never shown on the screen). */
	alert: boolean;
};

/** How a repeated 0–10 item moved since the course's earlier sessions: per person and for the group. */
export type CourseChange = {
	questionId: string;
	text: string;
	rows: { participantId: string; before: number | null; now: number | null }[];
	groupBefore: number | null;
	groupNow: number | null;
};

export type PresenterState = {
	seq: number;
	activeQuestionId: string | null;
	questions: PresenterQuestion[];
	participants: ParticipantView[];
	entries: EntryView[];
	responses: ResponseView[];
	remote: { paired: boolean; pairing: boolean };
	changes: CourseChange[];
	/** Slides with red flags that the room has not been shown yet: the console warns before ending. */
	unseenSafety: number[];
};

export type SessionInfo = {
	sessionId: string;
	joinCode: string;
	deckId: string;
	deckTitle: string;
	variant: string;
	course: { id: string; name: string; sessionNumber: number } | null;
};
