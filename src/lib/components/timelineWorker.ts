/**
 * The build worker: runs a flow's simulation to a timeline off the page's main thread, so that a
 * scenario of 50 nodes (hundreds of ms of simulation) never stops the page from answering. It
 * finds a flow's model by convention, as the default export of `flows/<id>/flow.ts`, and loads
 * only that: no interface code comes into the worker.
 */
import { expose } from 'comlink';
import type { FlowDefinition } from '$lib/flows/kit/definition';
import type { Timeline } from '$lib/flows/types';

const models = import.meta.glob<FlowDefinition>('$lib/flows/*/flow.ts', { import: 'default' });

const api = {
	async build(id: string, scenario: object): Promise<Timeline> {
		const load = models[`/src/lib/flows/${id}/flow.ts`];
		if (!load) throw new Error(`No flow named ${id}`);
		return (await load()).build(scenario);
	}
};

export type TimelineBuilder = typeof api;

expose(api);
