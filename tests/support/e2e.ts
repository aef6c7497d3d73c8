/** What many browser tests do: start a session from the library, open its screen, join phones. */
import {
	devices,
	expect,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { io, type Socket } from 'socket.io-client';

export type Started = {
	console: Page;
	sessionId: string;
	joinCode: string;
	keys: { presenterKey: string; screenKey: string };
};

/** The physiotherapist starts a deck from the library; resolves once the console is online. */
export async function startSession(
	browser: Browser,
	deckId: string,
	options: BrowserContextOptions = {}
): Promise<Started> {
	const laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
	const console_ = await laptop.newPage();
	await console_.goto('/');
	await expect(console_.locator('html[data-hydrated]')).toBeAttached();
	if (deckId.endsWith('-pixi')) {
		// The library offers the full version first; the short one is a radio button away.
		const card = console_.locator('li.card', {
			has: console_.getByTestId(`start-${deckId.replace(/-pixi$/, '-full')}`)
		});
		await card.locator('input[type=radio][value=PIXI]').check();
	}
	await console_.getByTestId(`start-${deckId}`).click();
	await expect(console_.getByTestId('connection')).toHaveAttribute('data-status', 'online');
	const sessionId = new URL(console_.url()).pathname.split('/').pop()!;
	const keys = await console_.evaluate(
		(id) => JSON.parse(localStorage.getItem(`forsta:session:${id}`)!),
		sessionId
	);
	const joinCode = (await console_.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	return { console: console_, sessionId, joinCode, keys };
}

/** The audience screen, in a context of its own, as the TV would be. */
export async function openScreen(
	browser: Browser,
	started: Started,
	viewport = { width: 1280, height: 720 }
): Promise<Page> {
	const screen = await (await browser.newContext({ viewport })).newPage();
	await screen.goto(`/screen/${started.sessionId}#k=${started.keys.screenKey}`);
	await expect(screen.getByTestId('screen')).not.toHaveAttribute('data-phase', 'connecting');
	return screen;
}

/** A phone that opens the join link and waits until it has joined. */
export async function joinPhone(
	browser: Browser,
	joinCode: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const phone = await (await browser.newContext({ ...devices['Pixel 5'], ...options })).newPage();
	await phone.goto(`/s/${joinCode}`);
	await expect(phone.getByTestId('participant')).toHaveAttribute('data-joined', 'true');
	return phone;
}

/** A presenter connection from Node, for commands a test needs quickly (adding questions). */
export async function presenterSocket(baseURL: string, started: Started): Promise<Socket> {
	const socket = io(baseURL, {
		auth: {
			role: 'presenter',
			sessionId: started.sessionId,
			presenterKey: started.keys.presenterKey
		},
		transports: ['websocket']
	});
	await new Promise((resolve) => socket.once('session:snapshot', resolve));
	return socket;
}

export function ack(
	socket: Socket,
	event: string,
	payload: object
): Promise<{ ok: boolean; [key: string]: unknown }> {
	return socket.timeout(5000).emitWithAck(event, payload);
}
