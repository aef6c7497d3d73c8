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
