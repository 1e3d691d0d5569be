/**
 * Components whose code loads on first use (a tab's panel, a collapsed form, pan and zoom), so a
 * page's first load carries only what it shows. Once loaded, a component renders synchronously.
 */
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one cache for every props type
export type Loader<P extends Record<string, any>> = () => Promise<{ default: Component<P> }>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cache = new Map<Loader<any>, Component<any>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loaded<P extends Record<string, any>>(load: Loader<P>): Component<P> | undefined {
	return cache.get(load);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadComponent<P extends Record<string, any>>(
	load: Loader<P>
): Promise<Component<P>> {
	const hit = cache.get(load);
	if (hit) return hit;
	const c = (await load()).default;
	cache.set(load, c);
	return c;
}

/**
 * Fetches a lazy component's code when the page is next idle, so that the step that first shows
 * it does not wait for the network. Its first render is left to that step: rendering it off stage
 * beforehand (to compile its code and shape its text) made idle tasks of 50–60 ms at CPU ×4, more
 * long tasks in a first Play than the first renders it spared.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<P extends Record<string, any>>(load: Loader<P>): void {
	if (!cache.has(load)) whenIdle(() => void loadComponent(load));
}

/** Runs `work` when the page is next idle (within `timeout` ms at the latest); returns a cancel. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => work(), { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}
