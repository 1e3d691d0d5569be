import { error } from '@sveltejs/kit';
import { parse } from 'devalue';
import type { Timeline } from '$lib/flows/types';
import { FLOW_IDS, FLOWS, isFlowId } from '$lib/flows/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FLOW_IDS.map((id) => ({ id }));

// Each flow (model, narration, form, panels) is its own chunk: a page loads only its flow.
export const load: PageLoad = async ({ params, data }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	const flow = FLOWS[params.id];
	const timeline: Timeline = parse(data.timeline);
	return {
		timeline,
		firstTold: data.firstTold,
		release: data.release,
		id: params.id,
		ui: await flow.load(),
		model: flow.model
	};
};
