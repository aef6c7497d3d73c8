import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// A phone on a slow link pays a round trip and a few hundred bytes of headers per file:
		// small stylesheets come inside the page (compressed with it) instead of one by one.
		inlineStyleThreshold: 10_000,
		// Every script is SvelteKit's own, hashed or with a nonce; nothing loads from elsewhere.
		// Inline style attributes stay allowed: charts size their bars with them.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none'],
				'frame-ancestors': ['self']
			}
		}
	}
};

export default config;
