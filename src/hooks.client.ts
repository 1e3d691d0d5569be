import type { ClientInit } from '@sveltejs/kit';

/**
 * SvelteKit's start runs in the task that evaluates its module, and goes on to load the page's
 * code and hydrate: yielding here once ends that task before the app's own work begins, so
 * neither is a long task on a slow laptop.
 */
export const init: ClientInit = () => new Promise((resolve) => setTimeout(resolve, 0));
