import IslandClient from './Island.svelte';
import IslandServer from './IslandServer.svelte';

/** Renders in place on the server, and hydrates in a task of its own in the browser. */
export const Island = import.meta.env.SSR ? IslandServer : IslandClient;
