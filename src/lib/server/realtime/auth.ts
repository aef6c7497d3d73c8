/**
 * Who a socket is, decided once in the handshake. A presenter proves it with the presenter key
 * only its browser holds; a participant brings only the public join code and its own random id.
 */
import type { ExtendedError } from 'socket.io';
import { handshakeSchema } from '../../protocol';
import type { SessionService } from '../sessions';
import type { Limits } from '../limits';
import type { IO } from './types';

function refused(code: string, message: string): ExtendedError {
	return Object.assign(new Error(message), { data: { code, message } });
}

export function authenticate(io: IO, sessions: SessionService, limits: Limits): void {
	io.use(async (socket, next) => {
		const address = socket.handshake.address;
		try {
			const wait = await limits.guessWait(address);
			if (wait > 0)
				return next(refused('rate_limited', `too many wrong codes; try again in ${wait} seconds`));
			const auth = handshakeSchema.safeParse(socket.handshake.auth);
			if (!auth.success) return next(refused('bad_request', 'missing or malformed credentials'));
			const hello = auth.data;
			if (hello.role === 'participant') {
				const session = await sessions.findByCode(hello.joinCode);
				if (!session) {
					await limits.wrongGuess(address);
					return next(refused('not_found', 'no session with that code'));
				}
				if (session.record.state.phase === 'ended')
					return next(refused('session_ended', 'this session has ended'));
				socket.data = {
					role: 'participant',
					sessionId: session.record.id,
					participantId: hello.participantId
				};
				return next();
			}
			const session = await sessions.get(hello.sessionId);
			if (hello.role === 'remote') {
				if (!session)
					return next(refused('forbidden', 'this link does not give access to the session'));
				const key = hello.pairingToken
					? await sessions.claimRemote(session, hello.pairingToken)
					: hello.remoteKey;
				if (!key || !sessions.isRemote(session, key)) {
					await limits.wrongGuess(address);
					return next(refused('forbidden', 'this phone is not paired with the session'));
				}
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
			if (!session || !allowed) {
				await limits.wrongGuess(address);
				return next(refused('forbidden', 'this link does not give access to the session'));
			}
			socket.data = { role: hello.role, sessionId: session.record.id };
			next();
		} catch (error) {
			console.error('Handshake failed:', error);
			next(refused('internal', 'the server could not check the connection'));
		}
	});
}
