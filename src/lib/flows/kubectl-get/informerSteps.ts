/**
 * Every controller reads the same way, through an informer (client-go tools/cache/reflector.go):
 * a list with resourceVersion=0, which the watch cache answers at once with what it holds, then
 * a watch from that list's resourceVersion, with bookmarks. The kubelet's own pods are one such
 * informer (pkg/kubelet/config/apiserver.go: the field selector spec.nodeName=<node>), and a
 * restarted kubelet shows it from the start. kube-apiserver v1.34 could stream that list as watch
 * events instead (WatchList, beta and on, apiserver/pkg/features/kube_features.go), but client-go
 * asks for it only with WatchListClient, off by default until v1.35
 * (client-go/features/known_features.go), so the reflector lists.
 */
import { readPod } from '$lib/sim/apiserver';
import { listPods, podKey } from '$lib/sim/podCodec';
import { createRng } from '$lib/sim/rng';
import { API, kgStep, kubelet, msg, type KubectlGetDraft } from './draft';
import { NAMESPACE, plural } from './reads';

/** the pager's page size (tools/pager DefaultPageSize): ignored by the cache when resourceVersion=0 */
const PAGE_SIZE = 500;
/** reflector.go minWatchTimeout: a watch lasts between it and twice it, at random */
const MIN_WATCH_TIMEOUT_S = 300;

/** the node the new pod runs on, or the first node when it found none */
const nodeOfNewPod = (d: KubectlGetDraft) =>
	readPod(d.state, podKey(NAMESPACE, d.newPod))?.spec.nodeName ?? d.state.nodes[0].name;

const selector = (node: string) => `fieldSelector=spec.nodeName%3D${node}`;

/** A restarted kubelet's pod informer lists its node's pods with resourceVersion=0. */
export function informerList(d: KubectlGetDraft) {
	const node = nodeOfNewPod(d);
	const pods = listPods(d.state).filter((p) => p.spec.nodeName === node);
	d.listRv = d.cacheRv;
	const path = `/api/v1/pods?${selector(node)}&limit=${PAGE_SIZE}&resourceVersion=0`;
	return kgStep({
		stage: 'informer',
		params: {
			node,
			count: pods.length,
			rv: d.cacheRv,
			revision: d.state.etcd.revision,
			pods: pods.map((p) => p.metadata.name).join(', ')
		},
		messages: [
			msg(kubelet(node), API, 'request', `GET ${path}`, 0),
			msg(
				API,
				kubelet(node),
				'response',
				`200 OK PodList (protobuf): ${plural(pods.length, 'pod')}, resourceVersion ${d.cacheRv}`,
				1
			)
		],
		active: [kubelet(node), API],
		wrote: [],
		command: { line: 'sudo systemctl restart kubelet' }
	});
}

/** Then its watch, from the list's resourceVersion, with bookmarks and a timeout of its own. */
export function informerWatch(d: KubectlGetDraft) {
	const node = nodeOfNewPod(d);
	const rng = createRng(`${d.state.seed}/reflector/${node}`);
	const timeout = Math.floor(MIN_WATCH_TIMEOUT_S * (rng() + 1));
	const path = `/api/v1/pods?allowWatchBookmarks=true&${selector(node)}&resourceVersion=${d.listRv}&timeoutSeconds=${timeout}&watch=true`;
	return kgStep({
		stage: 'informer',
		params: { node, rv: d.listRv, timeout },
		messages: [
			msg(kubelet(node), API, 'request', `GET ${path}`, 0),
			msg(API, kubelet(node), 'response', '200 OK: the watch stream stays open', 1)
		],
		active: [kubelet(node), API],
		wrote: []
	});
}
