import { error } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { FLOWS, isFlowId } from '$lib/flows/registry';
import type { PageServerLoad } from './$types';

/**
 * The flow's default timeline, built when the site is built and shipped with the page as data:
 * opening a flow costs the browser no simulation (a link to another scenario builds its own).
 * It travels as one string in devalue's JSON form, which keeps the objects steps share shared:
 * the browser reads a string and JSON.parse's it, far quicker than compiling the same data
 * written out as a script.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	const flow = await FLOWS[params.id].model();
	return { timeline: stringify(flow.build(flow.scenario.defaults)) };
};
