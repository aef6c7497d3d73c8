/**
 * What clients may ask of the server, one zod schema per event (`domain:verb`). The server
 * validates every inbound payload with these; a presenter command's payload parses into the
 * command the state machine runs, named by its event.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../decks/schema';
import { sessionModes } from '../live/types';
import { addTemplates } from '../questions/library';
import { ACTIVITY_MAX, OPEN_TEXT_MAX, type AnswerValue } from '../questions/values';
import { nicknameSchema } from './handshake';
import { SHORT_ID_PATTERN } from './ids';

/** Largest legitimate inbound payload (an open-text answer is ≤ 200 characters). */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

const questionId = z.string().regex(ID_PATTERN);
const answerId = z.string().regex(SHORT_ID_PATTERN);
const empty = z.object({}).strict();
/** A command without fields: its payload is `{}`. */
const bare = <T extends string>(type: T) => empty.transform(() => ({ type }));
const withFields = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
	z
		.object(shape)
		.strict()
		.transform((fields) => ({ ...fields, type }));
const onQuestion = <T extends string>(type: T) => withFields(type, { questionId });

export const presenterCommands = {
	'slide:goto': withFields('slide:goto', { index: z.number().int().min(-1).max(10_000) }),
	'slide:next': bare('slide:next'),
	'slide:prev': bare('slide:prev'),
	'question:open': onQuestion('question:open'),
	'question:close': onQuestion('question:close'),
	'question:reveal': onQuestion('question:reveal'),
	'question:reset': onQuestion('question:reset'),
	'question:add': withFields('question:add', {
		template: z.enum(addTemplates),
		text: z.string().trim().min(1).max(300),
		options: z.array(z.string().trim().min(1).max(80)).max(8).optional(),
		answer: z.enum(['myth', 'fact']).optional(),
		explanation: z.string().trim().max(400).optional()
	}),
	'entry:approve': withFields('entry:approve', { answerId }),
	'entry:hide': withFields('entry:hide', { answerId }),
	'dialogue:show': withFields('dialogue:show', {
		text: z.string().trim().min(1).max(300),
		/** A pair/group discussion timer in seconds; 0 for none. */
		seconds: z.number().int().min(0).max(3600).default(0),
		/** Let participants answer the prompt with short text. */
		collect: z.boolean().default(false)
	}),
	'dialogue:clear': bare('dialogue:clear'),
	/** The film on the current slide, on the TV. */
	'film:play': bare('film:play'),
	'film:pause': bare('film:pause'),
	'film:rewind': bare('film:rewind'),
	/** The exercise on the current slide; its timer is a deadline on the server's clock. */
	'exercise:start': bare('exercise:start'),
	'exercise:pause': bare('exercise:pause'),
	'exercise:resume': bare('exercise:resume'),
	/** The next step; on the last step the next round, and after the last the end. */
	'exercise:skip': bare('exercise:skip'),
	/** Ends the exercise and opens its check-in on the phones. */
	'exercise:stop': bare('exercise:stop'),
	/** Makes a new one-time pairing token; pairing a phone replaces any phone paired before. */
	'remote:pair': bare('remote:pair'),
	'remote:revoke': bare('remote:revoke'),
	'session:mode': withFields('session:mode', { mode: z.enum(sessionModes) }),
	'session:end': bare('session:end')
} as const;
export type PresenterCommandName = keyof typeof presenterCommands;
export type PresenterCommand = z.output<(typeof presenterCommands)[PresenterCommandName]>;
export const isPresenterCommand = (event: string): event is PresenterCommandName =>
	Object.hasOwn(presenterCommands, event);

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
]) satisfies z.ZodType<AnswerValue>;

export const participantCommands = {
	'answer:submit': z.object({ answerId, questionId, value: answerValueSchema }).strict(),
	'participant:rename': z.object({ nickname: nicknameSchema }).strict(),
	/** The participant deletes their own answers and nickname from this session. */
	'participant:forget': empty
} as const;
export type ParticipantCommandName = keyof typeof participantCommands;
export const isParticipantCommand = (event: string): event is ParticipantCommandName =>
	Object.hasOwn(participantCommands, event);
export type AnswerSubmit = z.output<(typeof participantCommands)['answer:submit']>;

/** Any role may ask for a fresh snapshot, e.g. after it notices a gap in sequence numbers. */
export const sharedCommands = { 'session:sync': empty } as const;

/** Every command any client may send, by event name. */
export const commandSchemas = { ...presenterCommands, ...participantCommands, ...sharedCommands };
export type CommandName = keyof typeof commandSchemas;
export const isCommand = (event: string): event is CommandName =>
	Object.hasOwn(commandSchemas, event);
/** What a client sends with the event. */
export type Payload<E extends CommandName> = z.input<(typeof commandSchemas)[E]>;
/** What the server's handler gets once the payload passed its schema. */
export type Parsed<E extends CommandName> = z.output<(typeof commandSchemas)[E]>;
