/**
 * The shell every page shares: the app, its language, connection, errors and login. Part of the
 * catalogue in messages.ts.
 */

export const appMessagesDa = {
	'app.name': 'Forstå',
	'app.tagline': 'Patientuddannelse i grupper, med deltagernes egne telefoner',
	'lang.switch': 'English',
	'lang.label': 'Sprog',
	'conn.connecting': 'Forbinder…',
	'conn.online': 'Forbundet',
	'conn.offline': 'Forbindelsen er væk – vi prøver igen',
	'conn.rejected': 'Forbindelsen blev afvist',
	'phase.draft': 'Ikke åbnet',
	'phase.open': 'Åben',
	'phase.closed': 'Lukket',
	'phase.revealed': 'Vist',
	'safety.call': 'Ring til lægevagten.',
	'safety.callWithNumber': 'Ring til lægevagten på {phone}.',
	'conn.restarting': 'Serveren genstarter – vi kobler på igen om lidt',
	'login.title': 'Log ind',
	'login.password': 'Adgangskode for fysioterapeuter',
	'login.submit': 'Log ind',
	'login.wrong': 'Forkert adgangskode.',
	'login.hint': 'Deltagerne skal ikke logge ind; de bruger koden eller QR-koden.',
	'error.title': 'Noget gik galt',
	'error.home': 'Til forsiden'
} as const;

export const appMessagesEn: Record<keyof typeof appMessagesDa, string> = {
	'app.name': 'Forstå',
	'app.tagline': 'Group patient education, with participants on their own phones',
	'lang.switch': 'Dansk',
	'lang.label': 'Language',
	'conn.connecting': 'Connecting…',
	'conn.online': 'Connected',
	'conn.offline': 'Connection lost – trying again',
	'conn.rejected': 'The connection was refused',
	'phase.draft': 'Not opened',
	'phase.open': 'Open',
	'phase.closed': 'Closed',
	'phase.revealed': 'Revealed',
	'safety.call': 'Call the out-of-hours doctor.',
	'safety.callWithNumber': 'Call the out-of-hours doctor on {phone}.',
	'conn.restarting': 'The server is restarting – reconnecting shortly',
	'login.title': 'Log in',
	'login.password': 'Password for physiotherapists',
	'login.submit': 'Log in',
	'login.wrong': 'Wrong password.',
	'login.hint': 'Participants do not log in; they use the code or the QR code.',
	'error.title': 'Something went wrong',
	'error.home': 'To the front page'
};
