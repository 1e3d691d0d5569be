import { error } from '@sveltejs/kit';
import { FLOW_IDS, FLOWS, isFlowId } from '$lib/flows/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FLOW_IDS.map((id) => ({ id }));

// Each flow (model, narration, form, panels) is its own chunk: a page loads only its flow.
export const load: PageLoad = async ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	return { id: params.id, ui: await FLOWS[params.id].load() };
};
