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
