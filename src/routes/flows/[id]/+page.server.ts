import { error } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { stepText } from '$lib/flows/kit/narration';
import { FLOWS, isFlowId } from '$lib/flows/registry';
import { ETCD_VERSION, KUBERNETES_VERSION } from '$lib/sim/version';
import type { PageServerLoad } from './$types';

/**
 * The flow's default timeline, built when the site is built and shipped with the page as data:
 * opening a flow costs the browser no simulation (a link to another scenario builds its own).
 * It travels as one string in devalue's JSON form, which keeps the objects steps share shared:
 * the browser reads a string and JSON.parse's it, far quicker than compiling the same data
 * written out as a script. With it comes the text of its first step in both languages, so the
 * page shows its narration without loading the flow's whole narration (components/narrations).
 * The release the flow models comes as data too: the page's first-load script needs no copy of it.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	const [flow, ui] = await Promise.all([FLOWS[params.id].model(), FLOWS[params.id].load()]);
	const timeline = flow.build(flow.scenario.defaults);
	const [en, ko] = await Promise.all([ui.narration.en(), ui.narration.ko()]);
	const first = timeline.steps[0];
	return {
		timeline: stringify(timeline),
		firstTold: { en: stepText(en, first), ko: stepText(ko, first) },
		release: `Kubernetes ${KUBERNETES_VERSION} · etcd ${ETCD_VERSION}`
	};
};
