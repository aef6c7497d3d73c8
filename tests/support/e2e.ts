/**
 * What the end-to-end specs share: starting a session as the physiotherapist does, opening the
 * audience screen, joining phones, and driving a session from Node as presenter or participant.
 * Every helper waits for the page or the server to confirm; nothing sleeps.
 */
import {
	devices,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { io, type Socket } from 'socket.io-client';

export type Keys = { presenterKey: string; screenKey: string };
export type Started = { console: Page; sessionId: string; joinCode: string; keys: Keys };
export type Reply = { ok: boolean; [field: string]: unknown };

/** Opens the library in `laptop`, lets `prepare` set the form up, and starts the deck. */
export async function startFromLibrary(
	laptop: BrowserContext,
	deckId = 'laenderyg-full',
	prepare: (library: Page) => Promise<void> = async () => {}
): Promise<Started> {
	const console_ = await laptop.newPage();
	await console_.goto('/');
	await expect(console_.locator('html[data-hydrated]')).toBeAttached();
	await prepare(console_);
	await console_.getByTestId(`start-${deckId}`).click();
	await expect(console_).toHaveURL(/\/present\//);
	await expect(console_.getByTestId('connection')).toHaveAttribute('data-status', 'online');
	const sessionId = new URL(console_.url()).pathname.split('/').pop()!;
	const keys = await console_.evaluate(
		(id) => JSON.parse(localStorage.getItem(`forsta:session:${id}`)!) as Keys,
		sessionId
	);
	const joinCode = (await console_.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	return { console: console_, sessionId, joinCode, keys };
}

/** The audience screen in its own context, opened with the screen key as the console does. */
export async function openScreen(
	browser: Browser,
	started: Pick<Started, 'sessionId' | 'keys'>,
	viewport = { width: 1280, height: 720 }
): Promise<Page> {
	const screen = await (await browser.newContext({ viewport })).newPage();
	await screen.goto(`/screen/${started.sessionId}#k=${started.keys.screenKey}`);
	await expect(screen.getByTestId('screen')).not.toHaveAttribute('data-phase', 'connecting');
	return screen;
}

export async function joinPhone(phone: Page, joinCode: string): Promise<void> {
	await phone.goto(`/s/${joinCode}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
}

/** Emits with an acknowledgement; untyped on purpose so specs can send any payload. */
export function ack(socket: Socket, event: string, payload: object = {}): Promise<Reply> {
	return (
		socket.timeout(5000) as unknown as { emitWithAck(e: string, p: object): Promise<Reply> }
	).emitWithAck(event, payload);
}

export type Driver = {
	socket: Socket;
	/** Sends a command and fails the test unless the server accepts it. */
	command(event: string, payload?: object): Promise<Reply>;
};

/** A socket.io client from Node in any role; resolves once the first snapshot has arrived. */
export async function connectAs(baseURL: string, auth: Record<string, string>): Promise<Driver> {
	const socket = io(baseURL, { auth, transports: ['websocket'] });
	await new Promise((resolve) => socket.once('session:snapshot', resolve));
	return {
		socket,
		async command(event, payload = {}) {
			const reply = await ack(socket, event, payload);
			expect(reply, `${event} ${JSON.stringify(payload)}`).toMatchObject({ ok: true });
			return reply;
		}
	};
}

export function connectPresenter(
	baseURL: string,
	started: Pick<Started, 'sessionId' | 'keys'>
): Promise<Driver> {
	return connectAs(baseURL, {
		role: 'presenter',
		sessionId: started.sessionId,
		presenterKey: started.keys.presenterKey
	});
}

/** Starts a session through the HTTP API, with no browser, and drives it as the presenter. */
export async function startByApi(baseURL: string, deckId = 'laenderyg-pixi') {
	const response = await fetch(`${baseURL}/api/sessions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ deckId })
	});
	expect(response.status).toBe(201);
	const created = (await response.json()) as {
		sessionId: string;
		joinCode: string;
		presenterKey: string;
		screenKey: string;
	};
	const keys = { presenterKey: created.presenterKey, screenKey: created.screenKey };
	const driver = await connectPresenter(baseURL, { sessionId: created.sessionId, keys });
	return { ...created, keys, presenter: driver.socket, command: driver.command };
}

/** A laptop of its own starts the deck; a PIXI deck is chosen with its radio button first. */
export async function startSession(
	browser: Browser,
	deckId: string,
	options: BrowserContextOptions = {}
): Promise<Started> {
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
	return startFromLibrary(laptop, deckId, async (library) => {
		if (!deckId.endsWith('-pixi')) return;
		const card = library.locator('li.card', {
			has: library.getByTestId(`start-${deckId.replace(/-pixi$/, '-full')}`)
		});
		await card.locator('input[type=radio][value=PIXI]').check();
	});
}

/** A phone (Pixel 5 unless told otherwise) of its own that has joined the session. */
export async function newPhone(
	browser: Browser,
	joinCode: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const phone = await (await browser.newContext({ ...devices['Pixel 5'], ...options })).newPage();
	await joinPhone(phone, joinCode);
	return phone;
}
