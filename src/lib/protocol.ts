/**
 * Every socket event, both directions, defined once. The server validates every inbound payload
 * with these schemas; the client uses the inferred types. Event names are `domain:verb`.
 */
import { z } from 'zod';
import { questionTypes, type Figure, type QuestionType, type SafetyView } from './decks/schema';

export const JOIN_CODE_LENGTH = 6;
export const NICKNAME_MAX = 40;
/** Largest legitimate inbound payload (an open-text answer is ≤ 200 characters). */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

export const joinCodeSchema = z
	.string()
	.transform((code) => code.replace(/\s+/g, ''))
	.pipe(z.string().regex(new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`), 'a join code is six digits'));

/** A participant id is made on the phone and kept there; it is pseudonymous, never personal. */
export const participantIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/**
 * Control and format characters (bidi overrides, zero-width marks, line separators) could
 * disguise a name or break a CSV row; a nickname never needs them.
 */
export function cleanNickname(name: string): string {
	return name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim();
}
export const nicknameSchema = z
	.string()
	.max(200)
	.transform(cleanNickname)
	.pipe(z.string().max(NICKNAME_MAX));
const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);
const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

// ---- handshake -------------------------------------------------------------------------------

export const handshakeSchema = z.discriminatedUnion('role', [
	z.object({
		role: z.literal('presenter'),
		sessionId: sessionIdSchema,
		presenterKey: secretSchema
	}),
	z.object({ role: z.literal('screen'), sessionId: sessionIdSchema, screenKey: secretSchema }),
	z.object({
		role: z.literal('participant'),
		joinCode: joinCodeSchema,
		participantId: participantIdSchema,
		nickname: nicknameSchema.optional()
	}),
	/** A phone paired as a remote control: first with the one-time pairing token, then its own key. */
	z
		.object({
			role: z.literal('remote'),
			sessionId: sessionIdSchema,
			pairingToken: secretSchema.optional(),
			remoteKey: secretSchema.optional()
		})
		.refine((r) => !r.pairingToken !== !r.remoteKey, 'a pairing token or a remote key')
]);
export type Handshake = z.infer<typeof handshakeSchema>;
export type Role = Handshake['role'];

// ---- client → server commands ------------------------------------------------------------------

const empty = z.object({}).strict();

/** What the console's menu can add: any single question type, or one of the shipped questionnaires. */
type SingleType = Exclude<QuestionType, 'questionnaire'>;
export type AddTemplate = SingleType | 'baseline' | 'diary';
export const addTemplates: [AddTemplate, ...AddTemplate[]] = [
	'scale',
	...questionTypes.filter(
		(type): type is SingleType => type !== 'questionnaire' && type !== 'scale'
	),
	'baseline',
	'diary'
];
const questionRef = z.object({ questionId: idSchema }).strict();

export const presenterCommands = {
	'slide:goto': z.object({ index: z.number().int().min(-1).max(10_000) }).strict(),
	'slide:next': empty,
	'slide:prev': empty,
	'question:open': questionRef,
	'question:close': questionRef,
	'question:reveal': questionRef,
	'question:reset': questionRef,
	'question:add': z
		.object({
			template: z.enum(addTemplates),
			text: z.string().trim().min(1).max(300),
			options: z.array(z.string().trim().min(1).max(80)).max(8).optional(),
			answer: z.enum(['myth', 'fact']).optional(),
			explanation: z.string().trim().max(400).optional()
		})
		.strict(),
	'entry:approve': z.object({ answerId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict(),
	'entry:hide': z.object({ answerId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict(),
	'dialogue:show': z
		.object({
			text: z.string().trim().min(1).max(300),
			/** A pair/group discussion timer in seconds; 0 for none. */
			seconds: z.number().int().min(0).max(3600).default(0),
			/** Let participants answer the prompt with short text. */
			collect: z.boolean().default(false)
		})
		.strict(),
	'dialogue:clear': empty,
	/** Makes a new one-time pairing token; pairing a phone replaces any phone paired before. */
	'remote:pair': empty,
	'remote:revoke': empty,
	'session:mode': z.object({ mode: z.enum(['group', 'individual', 'video']) }).strict(),
	'session:end': empty
} as const;
export type PresenterCommandName = keyof typeof presenterCommands;
/** A strict empty object infers as an index signature of `never`; a command without fields has none. */
type Fields<T> = string extends keyof T ? object : T;
export type PresenterCommand = {
	[K in PresenterCommandName]: { type: K } & Fields<z.infer<(typeof presenterCommands)[K]>>;
}[PresenterCommandName];

/** Open text and goals are at most this long; a word-cloud entry is one to three words. */
export const OPEN_TEXT_MAX = 200;
export const ACTIVITY_MAX = 80;
const smallInt = z.number().int().min(-100).max(100);
/**
 * The shapes an answer can take. Which shape fits which question is checked against the question
 * itself on the server (questions/values.ts); this only bounds what may arrive at all.
 */
export const answerValueSchema = z.union([
	smallInt,
	z.array(smallInt).max(20),
	z.array(smallInt.nullable()).max(20),
	z.enum(['myth', 'fact']),
	z.string().max(OPEN_TEXT_MAX * 2),
	z.object({ activity: z.string().max(ACTIVITY_MAX * 2), rating: smallInt }).strict()
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const participantCommands = {
	'answer:submit': z
		.object({
			answerId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
			questionId: idSchema,
			value: answerValueSchema
		})
		.strict(),
	'participant:rename': z.object({ nickname: nicknameSchema }).strict(),
	/** The participant deletes their own answers and nickname from this session. */
	'participant:forget': empty
} as const;
export type ParticipantCommandName = keyof typeof participantCommands;
export type AnswerSubmit = z.infer<(typeof participantCommands)['answer:submit']>;

/** Any role may ask for a fresh snapshot, e.g. after it notices a gap in sequence numbers. */
export const sharedCommands = { 'session:sync': empty } as const;

// ---- acknowledgements ----------------------------------------------------------------------

export const errorCodes = [
	'bad_request',
	'forbidden',
	'not_found',
	'session_ended',
	'invalid_state',
	'payload_too_large',
	'rate_limited',
	'internal',
	// Raised by the browser itself, never sent by the server:
	'offline',
	'timeout'
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export type AckError = {
	code: ErrorCode;
	message: string;
	/** With `rate_limited`: the seconds after which the same request will be let through. */
	retryAfter?: number;
};
export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: AckError };

// ---- views sent by the server ----------------------------------------------------------------

export type SessionPhase = 'lobby' | 'live' | 'ended';
/**
 * group: one screen for the room, anonymous aggregates. individual: one patient, in the clinic,
 * possibly on the physiotherapist's device. video: participants at home follow on their own screen.
 */
export const sessionModes = ['group', 'individual', 'video'] as const;
export type SessionMode = (typeof sessionModes)[number];
export type QuestionPhase = 'draft' | 'open' | 'closed' | 'revealed';

export type SlideView = {
	index: number;
	id: string;
	title: string;
	/** Sanitised HTML rendered from the deck's participant text. */
	html: string;
	/** Safety content; every surface shows it and it cannot be hidden. */
	safety: SafetyView[];
	/** A built-in picture drawn next to the text. */
	figure?: Figure;
};

type QuestionViewBase = { id: string; text: string; phase: QuestionPhase };
export type ScaleQuestionView = QuestionViewBase & {
	type: 'scale';
	min: number;
	max: number;
	minLabel: string;
	maxLabel: string;
};
export type QuestionView =
	| ScaleQuestionView
	| (QuestionViewBase & { type: 'agree5' })
	| (QuestionViewBase & { type: 'single' | 'multiple'; options: string[] })
	/** The right answer and its explanation are sent only once the question is revealed. */
	| (QuestionViewBase & { type: 'myth-fact'; answer?: 'myth' | 'fact'; explanation?: string })
	| (QuestionViewBase & { type: 'open-text' | 'word-cloud' | 'goal' | 'activity-rating' })
	| (QuestionViewBase & {
			type: 'questionnaire';
			items: string[];
			minLabel: string;
			maxLabel: string;
	  });

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

/** A prompt on the screen for a talk in pairs or the whole group, with an optional timer. */
export type DialogueView = {
	text: string;
	/** When the discussion time is up, in the server's clock (ms since 1970); null without a timer. */
	endsAt: number | null;
	/** The question participants answer the prompt with, when the presenter collects answers. */
	questionId: string | null;
};

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
	/** The server's clock when this was sent, so timers agree whatever the phone's clock says. */
	serverNow: number;
	participantsOnline: number;
	/** Every safety block of the deck, sent once the session has ended so no one leaves without it. */
	closingSafety: SafetyView[];
};

export type MyAnswer = { questionId: string; answerId: string; value: AnswerValue };

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
};

/** An open-text or word-cloud entry in the presenter's moderation queue. */
export type EntryView = {
	answerId: string;
	questionId: string;
	participantId: string;
	text: string;
	status: 'pending' | 'approved' | 'hidden';
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

/** What a paired phone needs to drive: where the session is and the questions it can open. */
export type RemoteState = {
	seq: number;
	slideTitles: string[];
	questions: { id: string; text: string; type: QuestionType; phase: QuestionPhase }[];
};

/** A participant's own answer to the same item in an earlier session of their course. */
export type PreviousAnswer = { questionId: string; value: number; at: number };

/** How a repeated 0–10 item moved since the course's earlier sessions: per person and for the group. */
export type CourseChange = {
	questionId: string;
	text: string;
	rows: { participantId: string; before: number | null; now: number | null }[];
	groupBefore: number | null;
	groupNow: number | null;
};

export type Snapshot =
	| {
			role: 'participant';
			state: PublicState;
			me: { id: string; nickname: string };
			answers: MyAnswer[];
			/** The personal code that opens the take-away and continues on another phone. */
			reentryCode: string;
			previous: PreviousAnswer[];
			course: { name: string } | null;
	  }
	| { role: 'screen'; state: PublicState }
	/** `remoteKey` comes once, right after pairing, for the phone to keep. */
	| { role: 'remote'; state: PublicState; remote: RemoteState; remoteKey?: string }
	| {
			role: 'presenter';
			state: PublicState;
			session: SessionInfo;
			slides: PresenterSlide[];
			presenter: PresenterState;
	  };

export interface ServerToClientEvents {
	'session:snapshot': (snapshot: Snapshot) => void;
	'session:state': (state: PublicState) => void;
	'presenter:state': (state: PresenterState) => void;
	'remote:state': (state: RemoteState) => void;
	/** The server is shutting down on purpose; phones reconnect by themselves when it is back. */
	'server:restarting': () => void;
	/** Sent to every socket of one participant, so two tabs of the same phone agree. */
	'answer:stored': (answer: MyAnswer) => void;
}

type AckFn<T = object> = (ack: Ack<T>) => void;
type CommandHandlers<T extends Record<string, z.ZodType>, R = object> = {
	[K in keyof T]: (payload: z.input<T[K]>, ack: AckFn<R>) => void;
};

export type ClientToServerEvents = CommandHandlers<typeof presenterCommands, { seq: number }> &
	Omit<CommandHandlers<typeof participantCommands>, 'answer:submit'> & {
		'answer:submit': (
			payload: z.input<(typeof participantCommands)['answer:submit']>,
			ack: AckFn<{ answer: MyAnswer }>
		) => void;
		'session:sync': (payload: Record<string, never>, ack: AckFn<{ snapshot: Snapshot }>) => void;
	};

export function ackError(code: ErrorCode, message: string): { ok: false; error: AckError } {
	return { ok: false, error: { code, message } };
}
