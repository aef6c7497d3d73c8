// The floor `npm run bench` measures Forstå against: plain socket.io on node:http, one room per
// session. A phone joins the room and gets the room's state; the presenter's slide and question
// commands change the state and broadcast it to the room; an answer is acknowledged — after
// `POST /bench/commits` with `on`, only after its own commit (bare-store.js: SQLite, or PostgreSQL
// as Forstå's cluster uses), the least a durable ack can cost. With REDIS_URL it runs as one of
// several instances (bare-cluster.js). It speaks the event names and payload shapes of Forstå's protocol that the load
// generator uses, and nothing more: no validation beyond shape, no limits, no presenter view.
import { randomBytes, randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { clusterOptions, fromOthers, tellOthers } from './bare-cluster.js';
import { openStore } from './bare-store.js';

const SLIDE_COUNT = 18;
// About the size of a slide's HTML in Forstå's decks, so a state frame weighs the same on both.
const SLIDE_HTML = `<ul>${'<li>En kort linje tekst på et dias i et forløb.</li>'.repeat(5)}</ul>`;

/** @typedef {{ id: string; joinCode: string; presenterKey: string; seq: number; slideIndex: number; added: number; question: object | null; online: number }} Room */

/** @type {Map<string, Room>} */
const rooms = new Map();
/** @type {Map<string, Room>} */
const byCode = new Map();

const store = await openStore();
let commits = false;

/** @param {Room} room */
function view(room) {
	const live = room.slideIndex >= 0;
	return {
		seq: room.seq,
		phase: live ? 'live' : 'lobby',
		mode: 'group',
		deckTitle: 'Ondt i lænden',
		deckLanguage: 'da',
		joinCode: room.joinCode,
		slideIndex: room.slideIndex,
		slideCount: SLIDE_COUNT,
		slide: live
			? {
					index: room.slideIndex,
					id: `dias-${room.slideIndex}`,
					title: 'Et dias',
					html: SLIDE_HTML,
					safety: []
				}
			: null,
		question: room.question,
		results: null,
		dialogue: null,
		serverNow: Date.now(),
		participantsOnline: room.online,
		closingSafety: []
	};
}

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
	return new Promise((resolve) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => resolve(body));
	});
}

// Several instances each draw codes: two more digits keep them from drawing the same one.
const CODE_DIGITS = process.env.REDIS_URL ? 8 : 6;

/** A room from another instance, or its change: the same object, so its sockets see it. @param {Room} remote */
function keep(remote) {
	const room = rooms.get(remote.id);
	if (!room) {
		const added = { ...remote, online: 0 };
		rooms.set(added.id, added);
		byCode.set(added.joinCode, added);
	} else if (remote.seq > room.seq) {
		Object.assign(room, { ...remote, online: room.online });
	}
}

/** @returns {Room} */
function createRoom() {
	for (;;) {
		const joinCode = String(randomInt(10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
		if (byCode.has(joinCode)) continue;
		/** @type {Room} */
		const room = {
			id: randomBytes(12).toString('base64url'),
			joinCode,
			presenterKey: randomBytes(24).toString('base64url'),
			seq: 1,
			slideIndex: -1,
			added: 0,
			question: null,
			online: 0
		};
		rooms.set(room.id, room);
		byCode.set(joinCode, room);
		return room;
	}
}

const http = createServer(async (req, res) => {
	const route = `${req.method} ${req.url}`;
	const body = await readBody(req);
	/** @param {object} reply */
	const created = (reply) =>
		res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
	const failed = (/** @type {Error} */ error) => res.writeHead(500).end(error.message);
	if (route === 'POST /bench/commits') {
		try {
			commits = JSON.parse(body).on === true;
		} catch {
			res.writeHead(400).end();
			return;
		}
		tellOthers(io, 'bench:commits', commits).then(() => created({ commits }), failed);
	} else if (route === 'POST /api/sessions') {
		const room = createRoom();
		tellOthers(io, 'bench:room', room).then(
			() =>
				created({ sessionId: room.id, joinCode: room.joinCode, presenterKey: room.presenterKey }),
			failed
		);
	} else {
		res.writeHead(404).end();
	}
});

const io = new Server(http, { serveClient: false, ...clusterOptions() });
fromOthers(io, 'bench:room', keep);
fromOthers(io, 'bench:commits', (/** @type {boolean} */ on) => (commits = on));

io.use((socket, next) => {
	const auth = socket.handshake.auth;
	const room =
		auth.role === 'presenter'
			? rooms.get(auth.sessionId)
			: auth.role === 'participant'
				? byCode.get(auth.joinCode)
				: undefined;
	if (!room || (auth.role === 'presenter' && auth.presenterKey !== room.presenterKey)) {
		return next(new Error('forbidden'));
	}
	socket.data = { room, role: auth.role, participantId: auth.participantId };
	next();
});

io.on('connection', (socket) => {
	/** @type {{ room: Room; role: string; participantId?: string }} */
	const { room, role, participantId } = socket.data;
	void socket.join(room.id);
	if (role === 'participant') {
		room.online++;
		socket.on('disconnect', () => room.online--);
	}
	socket.emit('session:snapshot', { role, state: view(room) });

	/** @param {(ack: object) => void} ack */
	const changed = async (ack) => {
		room.seq++;
		try {
			await tellOthers(io, 'bench:room', room);
		} catch (error) {
			const message = /** @type {Error} */ (error).message;
			if (typeof ack === 'function') ack({ ok: false, error: { code: 'cluster', message } });
			return;
		}
		io.to(room.id).emit('session:state', view(room));
		if (typeof ack === 'function') ack({ ok: true, seq: room.seq });
	};
	if (role === 'presenter') {
		socket.on('slide:goto', (/** @type {{ index: number }} */ command, ack) => {
			room.slideIndex = Number(command?.index) % SLIDE_COUNT;
			changed(ack);
		});
		socket.on('slide:next', (_command, ack) => {
			room.slideIndex = (room.slideIndex + 1) % SLIDE_COUNT;
			changed(ack);
		});
		socket.on('question:add', (/** @type {{ text: string }} */ command, ack) => {
			room.added++;
			room.question = {
				id: `added-${room.added}`,
				type: 'scale',
				text: String(command?.text ?? ''),
				phase: 'open',
				min: 0,
				max: 10,
				minLabel: 'Slet ikke',
				maxLabel: 'Meget'
			};
			changed(ack);
		});
		return;
	}
	socket.on(
		'answer:submit',
		async (/** @type {{ answerId: string; questionId: string; value: number }} */ answer, ack) => {
			if (typeof ack !== 'function') return;
			const open = /** @type {{ id: string } | null} */ (room.question);
			if (!open || answer?.questionId !== open.id) {
				ack({ ok: false, error: { code: 'invalid_state', message: 'no such open question' } });
				return;
			}
			if (commits) {
				try {
					await store.insert([
						room.id,
						String(answer.answerId),
						open.id,
						String(participantId),
						JSON.stringify(answer.value),
						Date.now()
					]);
				} catch (error) {
					const message = /** @type {Error} */ (error).message;
					ack({ ok: false, error: { code: 'store_failed', message } });
					return;
				}
			}
			ack({
				ok: true,
				answer: { questionId: open.id, answerId: answer.answerId, value: answer.value }
			});
		}
	);
});

const port = Number(process.env.PORT ?? 0);
http.listen(port, process.env.HOST ?? '127.0.0.1', () => {
	const address = http.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Bare socket.io server is listening on http://127.0.0.1:${actual}`);
});

process.on('SIGTERM', () => {
	io.close(() => void store.close().finally(() => process.exit(0)));
});
