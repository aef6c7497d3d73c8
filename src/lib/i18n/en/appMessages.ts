/** The English of appMessages.ts, with every key its Danish has. */
import type { appMessagesDa } from '../appMessages';

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
