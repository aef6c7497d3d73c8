/**
 * What the coordinator (scripts/bench.ts) and the load generator processes (load.ts) say to each
 * other over the fork IPC channel. Both ends are this directory, so the types are the contract.
 */

export type PhoneRef = { participantId: string; address: string };
export type SessionRef = {
	/** Position in the whole population, for spreading the sessions' slide times evenly. */
	index: number;
	sessionId: string;
	joinCode: string;
	presenterKey: string;
	address: string;
	phones: PhoneRef[];
};
/** Where a server commits answers, so an ack can be checked against what a second reader sees. */
export type StoreRef = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
/** Where phones connect: a server's own port, or a cluster's nginx (TLS, its own certificate). */
export type Endpoint = { url: string; ca: string | null };
export type SentAnswer = { sessionId: string; answerId: string };

export type Tasks = {
	setup: {
		args: { endpoint: Endpoint; sessions: SessionRef[] };
		result: { presenters: number; failed: number };
	};
	join: {
		args: { startAt: number; concurrency: number };
		result: { latencies: number[]; endedAt: number; failed: number; errors: string[] };
	};
	fanout: {
		args: { startAt: number; periodMs: number; durationMs: number; totalSessions: number };
		result: FanoutResult;
	};
	burst: { args: { startAt: number }; result: FanoutResult };
	question: { args: Record<string, never>; result: { opened: number; failed: number } };
	bytes: {
		args: { startAt: number; answerShare: number; quietMs: number };
		result: { bytes: number; presenterBytes: number; answers: number; silentPhones: number };
	};
	answers: {
		args: { startAt: number; rate: number; seconds: number; tag: string; store: StoreRef | null };
		result: {
			latencies: number[];
			sent: SentAnswer[];
			acked: SentAnswer[];
			errors: Record<string, number>;
			/** How late the generator sent, behind its schedule: its own load, not the server's. */
			lagMs: number[];
			checked: number;
			notVisible: number;
		};
	};
	storm: {
		args: { startAt: number; timeoutMs: number };
		result: { latencies: number[]; totalMs: number; failed: number };
	};
	close: { args: Record<string, never>; result: { dropped: number } };
};
export type TaskName = keyof Tasks;

export type FanoutResult = {
	latencies: number[];
	/** Fan-outs some phone of the session had not received after the time limit. */
	incomplete: number;
	/** Mean size of one session:state frame a phone received, in bytes of JSON. */
	stateBytes: number;
};

export type Request = {
	[K in TaskName]: { id: number; task: K; args: Tasks[K]['args'] };
}[TaskName];
export type Reply =
	| { id: number; ok: true; result: Tasks[TaskName]['result'] }
	| { id: number; ok: false; error: string };
