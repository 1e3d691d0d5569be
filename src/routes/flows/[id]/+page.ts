import { error } from '@sveltejs/kit';
import { FLOWS, isFlowId } from '$lib/flows/catalog';
import type { FlowDefinition } from '$lib/flows/definition';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FLOWS.map((id) => ({ id }));

// Each flow's simulation is its own chunk: a page loads only the flow it shows.
async function loadFlow(id: string): Promise<FlowDefinition> {
	if (id === 'service') return (await import('$lib/flows/service/definition')).serviceFlow;
	return (await import('$lib/flows/podCreation/definition')).podCreationFlow as FlowDefinition;
}

export const load: PageLoad = async ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	return { id: params.id, flow: await loadFlow(params.id) };
};
