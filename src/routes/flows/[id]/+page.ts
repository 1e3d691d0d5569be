import { error } from '@sveltejs/kit';
import { FLOWS, isFlowId } from '$lib/flows/catalog';
import type { FlowUi } from '$lib/components/flowUi';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FLOWS.map((id) => ({ id }));

// Each flow (simulation, narration, form, panels) is its own chunk: a page loads only its flow.
async function loadUi(id: string): Promise<FlowUi> {
	if (id === 'service') return (await import('$lib/flows/service/ui/index')).ui;
	return (await import('$lib/flows/pod-creation/ui/index')).ui;
}

export const load: PageLoad = async ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	return { id: params.id, ui: await loadUi(params.id) };
};
