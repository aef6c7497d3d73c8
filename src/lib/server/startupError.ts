/**
 * A problem with the setup (a setting, the database file) rather than with the code: the server
 * prints its message as one line and exits, instead of a stack trace nobody at a clinic can read.
 * server.js recognises it by name, since it reaches server.js from inside the bundle.
 */
export class StartupError extends Error {
	override name = 'StartupError';
}
