/** The schedule both servers get: how many phones in how many sessions, what they do and when. */

export const phases = [
	'joins',
	'memory',
	'fanout',
	'bytes',
	'answers',
	'storm',
	'presenter'
] as const;
export type Phase = (typeof phases)[number];

/** The presenter phase (presenter-cpu.ts): one session of this many phones and questions. */
export const presenterSession = { phones: 300, questions: 10 };

export type AnswerStep = { rate: number; seconds: number };

export type Plan = {
	/** 1,000 phones in 10 sessions: joins, and a slide every second in each session. */
	classes10: { sessions: number; phones: number; slides: number; periodMs: number };
	/** 5,000 phones in 250 sessions: memory, steady and burst fan-out, answers, bytes. */
	classes250: {
		sessions: number;
		phones: number;
		periodMs: number;
		steadyMs: number;
		bursts: number;
	};
	/** Open-loop answer rates; each phone answers a step's question at most once. */
	answers: AnswerStep[];
	/** Which share of each session answers while the rest only listen. */
	bytesAnswerShare: number;
	/** Phones that all drop and come back at the same moment. */
	storm: { sessions: number; phones: number };
	/** Phones per loopback address, below any per-address cap a real class behind NAT would meet. */
	phonesPerAddress: number;
	/** Load generator processes; each owns whole sessions so a fan-out is timed on one clock. */
	workers: number;
	joinConcurrency: number;
};

/** `quick` keeps the shape with a tenth of the phones (and of the answer rates) and shorter phases. */
export function makePlan(quick: boolean): Plan {
	const scale = quick ? 0.1 : 1;
	return {
		classes10: { sessions: 10, phones: 1000 * scale, slides: quick ? 10 : 20, periodMs: 1000 },
		classes250: {
			sessions: 250 * scale,
			phones: 5000 * scale,
			periodMs: 15_000,
			steadyMs: quick ? 15_000 : 45_000,
			bursts: 3
		},
		answers: [
			{ rate: 250 * scale, seconds: quick ? 4 : 12 },
			{ rate: 500 * scale, seconds: quick ? 4 : 8 },
			{ rate: 1000 * scale, seconds: quick ? 4 : 5 }
		],
		bytesAnswerShare: 0.5,
		storm: { sessions: 20 * scale, phones: 2000 * scale },
		phonesPerAddress: 25,
		workers: 2,
		joinConcurrency: 50
	};
}

/**
 * The loopback address of the n-th client of a kind: `perAddress` clients share one, counting
 * up from 127.<block>.1.1 so phones and presenters never share an address with the server.
 */
export function loopbackAddress(n: number, perAddress: number, block: number): string {
	const slot = Math.floor(n / perAddress);
	if (slot >= 250 * 254) throw new RangeError('more clients than loopback addresses');
	return `127.${block}.${1 + Math.floor(slot / 254)}.${1 + (slot % 254)}`;
}

/** Whether a run limited to `only` (or none) includes `phase`. */
export const includes = (only: Phase | null, phase: Phase) => only === null || only === phase;
