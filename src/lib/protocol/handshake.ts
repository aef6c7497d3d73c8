/** Who a socket is, said once when it connects (`io({ auth })`) and checked by the server. */
import { z } from 'zod';
import { JOIN_CODE_LENGTH } from '../joinCode';
import { NICKNAME_MAX, PARTICIPANT_ID_PATTERN, SECRET_PATTERN, SHORT_ID_PATTERN } from './ids';

export const joinCodeSchema = z
	.string()
	.transform((code) => code.replace(/\s+/g, ''))
	.pipe(z.string().regex(new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`), 'a join code is six digits'));

export const participantIdSchema = z.string().regex(PARTICIPANT_ID_PATTERN);
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
const secretSchema = z.string().regex(SECRET_PATTERN);
const sessionIdSchema = z.string().regex(SHORT_ID_PATTERN);

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
