import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, Role, ServerToClientEvents } from '../../protocol';
import { newId } from '../ops/requestId';
import type { SessionChange } from '../sessions/service';

/** Between instances (peers.ts): a stored change, or someone came or went (nothing stored). */
export type Note = SessionChange | { sessionId: string; kind: 'presence' };
export type PeerEvents = { 'session:changed': (note: Note) => void };

export type SocketData = {
	role: Role;
	sessionId: string;
	participantId?: string;
	/** The participant's nickname from the handshake, already cleaned by its schema. */
	nickname?: string;
	/** The client the participant connects from (clientAddress.ts), for the per-client caps. */
	address?: string;
	/** For a paired phone: the hash of its key, checked again on every command (revocation). */
	remoteKeyHash?: string;
	/** For a phone that just paired: its new key, handed over once in the first snapshot. */
	newRemoteKey?: string;
};
export type IO = Server<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, PeerEvents, SocketData>;

const connectionIds = new WeakMap<LiveSocket, string>();

/** The id a connection carries in every log line about it (the socket's own id is a credential). */
export function connectionId(socket: LiveSocket): string {
	let id = connectionIds.get(socket);
	if (!id) connectionIds.set(socket, (id = newId()));
	return id;
}

/** One room per session and role; nothing is ever broadcast to every socket. */
export const rooms = {
	presenter: (sessionId: string) => `${sessionId}:presenter`,
	screen: (sessionId: string) => `${sessionId}:screen`,
	participants: (sessionId: string) => `${sessionId}:participants`,
	remote: (sessionId: string) => `${sessionId}:remote`,
	participant: (sessionId: string, participantId: string) => `${sessionId}:p:${participantId}`
};
