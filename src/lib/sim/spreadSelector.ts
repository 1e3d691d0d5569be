/**
 * The selector PodTopologySpread's default constraints count a pod's group by
 * (pkg/scheduler/framework/plugins/helper/spread.go DefaultSelector): the selectors of the
 * Services that select the pod, merged, and the selector of the ReplicaSet or StatefulSet that
 * controls it. Empty means nothing selects the pod, and the plugin skips it.
 */
import type { ClusterState } from './cluster';
import { get, readObject } from './etcd';
import { selectorMatches } from './labels';
import type { PodObject } from './model';
import { listServices } from './services';

const CONTROLLER_KEYS: Record<string, string> = {
	ReplicaSet: 'replicasets',
	StatefulSet: 'statefulsets'
};

export function defaultSpreadSelector(
	state: ClusterState,
	pod: PodObject
): Record<string, string> | null {
	const { namespace } = pod.metadata;
	let selector: Record<string, string> = {};
	for (const svc of listServices(state)) {
		const wants = svc.spec.selector;
		if (svc.metadata.namespace !== namespace || !wants || !Object.keys(wants).length) continue;
		if (selectorMatches(wants, pod.metadata.labels)) selector = { ...selector, ...wants };
	}
	const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
	const resource = owner && CONTROLLER_KEYS[owner.kind];
	const kv = resource && get(state.etcd, `/registry/${resource}/${namespace}/${owner.name}`);
	if (kv) {
		const controller = readObject<{
			metadata: object;
			spec: { selector: { matchLabels: Record<string, string> } };
		}>(kv);
		selector = { ...selector, ...controller.spec.selector.matchLabels };
	}
	return Object.keys(selector).length ? selector : null;
}
