import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// the timeline worker imports each flow's model on demand: its chunks need ES modules
	worker: { format: 'es' },
	build: { modulePreload: false },
	test: {
		setupFiles: ['src/test-setup.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'dom',
					environment: 'happy-dom',
					include: ['src/**/*.svelte.spec.ts']
				}
			}
		]
	}
});
