/**
 * The two event maps socket.io is typed with. Each command's acknowledgement has its own shape,
 * declared once here: the client's `send` returns it and the server's handler must produce it.
 */
import type { Ack } from './acks';
import type { CommandName, Payload, PresenterCommandName } from './commands';
import type { PresenterSlide, PresenterState, SessionInfo } from './presenterViews';
import type { MyAnswer, PreviousAnswer, PublicState, RemoteState } from './views';

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

/** What a successful acknowledgement carries, per command. */
type AckBodies = Record<Exclude<PresenterCommandName, 'remote:pair'>, { seq: number }> & {
	/** The one-time token for the pairing QR code; the server keeps only its hash. */
	'remote:pair': { seq: number; pairingToken: string };
	'answer:submit': { answer: MyAnswer };
	'participant:rename': object;
	'participant:forget': object;
	'session:sync': { snapshot: Snapshot };
};
export type AckOf<E extends CommandName> = Ack<AckBodies[E]>;

export type ClientToServerEvents = {
	[E in CommandName]: (payload: Payload<E>, ack: (ack: AckOf<E>) => void) => void;
};
