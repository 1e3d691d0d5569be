import { FLOW_IDS, FLOWS } from '$lib/flows/registry';
import { schedule } from '$lib/player/timing';
import { ETCD_VERSION, KUBERNETES_VERSION } from '$lib/sim/version';
import type { PageServerLoad } from './$types';

/**
 * How long each flow's default run takes at 1× and how many steps it has, computed from its
 * timeline when the site is built: the gallery says it, and it stays true as the flows change.
 * The releases every flow models come the same way, as data.
 */
export const load: PageServerLoad = async () => {
	const runs = await Promise.all(
		FLOW_IDS.map(async (id) => {
			const flow = await FLOWS[id].model();
			const { steps } = flow.build(flow.scenario.defaults);
			return [id, { steps: steps.length, ms: schedule(steps).total }] as const;
		})
	);
	return {
		runs: Object.fromEntries(runs),
		release: { kubernetes: KUBERNETES_VERSION, etcd: ETCD_VERSION }
	};
};
