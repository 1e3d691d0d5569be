import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the static site live under a sub-path (e.g. a GitHub Pages project site).
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: the page a static host serves for an address it has no file for; it starts the
		// app, whose router shows the error page (src/routes/+error.svelte) in the reader's language
		adapter: adapter({ fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', entries: ['*', '/flows/pod-creation'] }
	}
};
