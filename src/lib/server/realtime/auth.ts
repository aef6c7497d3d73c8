/**
 * Who a socket is, decided once in the handshake. A presenter proves it with the presenter key
 * only its browser holds; a participant brings only the public join code and its own random id.
 *
 * Only the join code is short enough to guess, so only it is limited, per client (see
 * clientAddress.ts), and only wrong codes count. Presenter, screen and remote keys are 256-bit
 * secrets: nobody's wrong guesses ever stand between their holder and the session.
 */
import type { ExtendedError } from 'socket.io';
import { handshakeSchema } from '../../protocol';
import { clientAddress, MissingAddressHeader, type ProxySettings } from '../clientAddress';
import { hasParticipant } from '../sessions/answers';
import { claimRemote, isRemote } from '../sessions/remote';
import type { SessionService } from '../sessions/service';
import type { LiveSession } from '../sessions/session';
import type { Limits } from '../limits';
import { log } from '../log';
import type { IO, LiveSocket } from './types';

function refused(code: string, message: string, retryAfter?: number): ExtendedError {
	return Object.assign(new Error(message), {
		data: { code, message, ...(retryAfter ? { retryAfter } : {}) }
	});
}

/** The client a socket speaks for, by the same rule as the pages' `locals.clientAddress`. */
export function socketAddress(socket: LiveSocket, proxy: ProxySettings): string {
	return clientAddress((name) => socket.handshake.headers[name], socket.handshake.address, proxy);
}

export function authenticate(
	io: IO,
	sessions: SessionService,
	limits: Limits,
	proxy: ProxySettings
): void {
	io.use(async (socket, next) => {
		try {
			const auth = handshakeSchema.safeParse(socket.handshake.auth);
			if (!auth.success) return next(refused('bad_request', 'missing or malformed credentials'));
			const hello = auth.data;
			if (hello.role === 'participant') {
				const address = socketAddress(socket, proxy);
				const guessed = await limits.guess(
					'joinCode',
					address,
					() => sessions.findByCode(hello.joinCode),
					(session) => !!session
				);
				let session: LiveSession | undefined;
				if (!guessed.limited) session = guessed.result;
				else {
					// A phone already in the session comes back after a drop: its random id is a
					// secret no guesser holds, so letting it in tells a guesser nothing.
					session = await sessions.findByCode(hello.joinCode);
					if (!session || !(await hasParticipant(sessions, session, hello.participantId)))
						return next(
							refused(
								'rate_limited',
								`too many wrong codes; try again in ${guessed.wait} seconds`,
								guessed.wait
							)
						);
				}
				if (!session) return next(refused('not_found', 'no session with that code'));
				if (session.record.state.phase === 'ended')
					return next(refused('session_ended', 'this session has ended'));
				if (
					!(await hasParticipant(sessions, session, hello.participantId)) &&
					!(await limits.newIdentity(session.record.id, address))
				)
					return next(
						refused('forbidden', 'too many participants from this network in this session')
					);
				socket.data = {
					role: 'participant',
					sessionId: session.record.id,
					participantId: hello.participantId,
					nickname: hello.nickname,
					address
				};
				return next();
			}
			// A remote's pairing is read from the store itself: it may have been revoked on another
			// instance a moment ago.
			const session =
				hello.role === 'remote'
					? await sessions.fresh(hello.sessionId)
					: await sessions.get(hello.sessionId);
			if (hello.role === 'remote') {
				if (!session)
					return next(refused('forbidden', 'this link does not give access to the session'));
				const key = hello.pairingToken
					? await claimRemote(sessions, session, hello.pairingToken)
					: hello.remoteKey;
				if (!key || !isRemote(session, key))
					return next(refused('forbidden', 'this phone is not paired with the session'));
				socket.data = {
					role: 'remote',
					sessionId: session.record.id,
					remoteKeyHash: session.record.state.remote.keyHash!,
					...(hello.pairingToken ? { newRemoteKey: key } : {})
				};
				return next();
			}
			const allowed =
				session &&
				(hello.role === 'presenter'
					? sessions.isPresenter(session, hello.presenterKey)
					: sessions.isScreen(session, hello.screenKey));
			if (!session || !allowed)
				return next(refused('forbidden', 'this link does not give access to the session'));
			socket.data = { role: hello.role, sessionId: session.record.id };
			next();
		} catch (error) {
			if (error instanceof MissingAddressHeader) return next(refused('bad_request', error.message));
			log.error({ err: error }, 'socket handshake failed');
			next(refused('internal', 'the server could not check the connection'));
		}
	});
}
