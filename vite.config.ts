import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';

const REALTIME_MODULE = '/src/lib/server/realtime/index.ts';
const DEV_IO = Symbol.for('forsta.devRealtime');

type DevHandle = { close(): Promise<void> };
const registry = globalThis as unknown as Record<symbol, DevHandle | undefined>;

/**
 * In development socket.io rides on Vite's own HTTP server, so pages and websockets share one
 * port exactly as in production. The realtime module is loaded through Vite's SSR graph so that
 * it is the same module instance the routes use (a plain import here would be a second copy
 * with its own sessions).
 */
function realtimeDev(): Plugin {
	return {
		name: 'forsta-realtime-dev',
		configureServer(server: ViteDevServer) {
			const httpServer = server.httpServer;
			if (!httpServer) return; // Vitest and middleware mode have no HTTP server.
			httpServer.once('listening', async () => {
				await registry[DEV_IO]?.close();
				const realtime = await server.ssrLoadModule(REALTIME_MODULE);
				registry[DEV_IO] = await realtime.attachRealtime(httpServer);
			});
		}
	};
}

/** `messages-da` or `messages-en` for the modules of one language's messages (src/lib/i18n). */
function messagesChunk(id: string): string | undefined {
	const path = id.replaceAll('\\', '/');
	if (!path.includes('/src/lib/i18n/')) return undefined;
	if (/\/i18n\/(en\.ts|en\/)/.test(path)) return 'messages-en';
	if (/\/i18n\/(da\.ts|[a-z]+Messages\.ts)$/.test(path)) return 'messages-da';
	return undefined;
}

export default defineConfig({
	plugins: [sveltekit(), realtimeDev()],
	build: {
		rollupOptions: {
			output: {
				// Fewer, larger chunks: each file costs a phone on a slow link a round trip and its
				// headers. Each language's messages stay a chunk of their own, never merged with code
				// every page loads.
				experimentalMinChunkSize: 10_000,
				manualChunks: (id) => messagesChunk(id)
			}
		}
	},
	test: {
		include: [
			'src/**/*.test.ts',
			'tests/integration/**/*.test.ts',
			'tests/content/**/*.test.ts',
			'tests/faults/**/*.test.ts',
			'tests/cluster/**/*.test.ts',
			'scripts/**/*.test.ts'
		],
		testTimeout: 20_000,
		hookTimeout: 60_000
	}
});
