// Production entry: SvelteKit's adapter-node handler and socket.io on one HTTP server, one port.
// The server itself (health probes, request log, drain on SIGTERM) lives in the bundle, in
// src/lib/server/ops/serve.ts, so it shares the app's one store and settings.

// adapter-node reads its settings when handler.js is imported: plain http unless a proxy says
// otherwise (see serve.ts).
process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto';

/** A wrong setting or an unusable database file: one line that says why, not a stack trace. */
function isSetupProblem(error) {
	if (!(error instanceof Error)) return false;
	// config.ts checks every setting of ours; adapter-node checks these two before it.
	return error.name === 'StartupError' || /^Invalid (ORIGIN|BODY_SIZE_LIMIT)\b/.test(error.message);
}

try {
	const { handler } = await import('./build/handler.js');
	/** @type {(handler: import('node:http').RequestListener) => Promise<unknown>} */
	const serve = /** @type {any} */ (globalThis)[Symbol.for('forsta.serve')];
	if (typeof serve !== 'function')
		throw new Error('The server was not published by the SvelteKit bundle; run npm run build.');
	await serve(handler);
} catch (error) {
	if (!isSetupProblem(error)) throw error;
	console.error(`Forstå cannot start: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
