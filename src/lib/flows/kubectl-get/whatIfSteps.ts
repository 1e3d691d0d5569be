/**
 * The what-ifs, each played after the story: `kubectl get pods --watch-only` (the list is still
 * sent, for its resourceVersion, and not printed), a list with resourceVersion=0 after the
 * kubelets' heartbeats moved etcd on (the cache answers with what it has, without asking etcd),
 * and the list in pages (`--chunk-size`: the first page from the cache, the rest in nextPages.ts).
 */
import { updatePod } from '$lib/sim/apiserver';
import { podKey } from '$lib/sim/podCodec';
import { CLIENT_POD } from '$lib/sim/serviceCluster';
import { LEASE_RENEW_S } from '$lib/sim/nodeLifecycle';
import { leaseRenewals } from '$lib/flows/kit/leases';
import { LAST_RENEWAL } from './cluster';
import {
	API,
	ETCD,
	actorsOf,
	KCM,
	KUBECTL,
	kgStep,
	kubelet,
	msg,
	write,
	type KubectlGetDraft
} from './draft';
import { NAMESPACE, cachePage, consistentList, listPath, plural } from './reads';
import { listThenWatch, podEvent } from './watchSteps';
import { newestPodRevision } from './watchCache';
import { printed } from './printed';

export const GET_PODS_WATCH_ONLY = 'kubectl get pods --watch-only';
const LABEL = 'tier=debug';

/** The size of the pages the what-if being played asks for. */
export const pageSize = (d: KubectlGetDraft) => {
	const a = d.scenario.actions[d.action];
	return a?.kind === 'pages' ? a.size : 0;
};
export const pagesCommand = (size: number) => `kubectl get pods --chunk-size=${size}`;

/** --watch-only: the list goes out and comes back, for its resourceVersion; nothing is printed. */
export function watchOnlyOpens(d: KubectlGetDraft) {
	return listThenWatch(d, 'what-if', GET_PODS_WATCH_ONLY);
}

/** Another terminal labels the client pod: one MODIFIED event, the first row --watch-only prints. */
export function labelledElsewhere(d: KubectlGetDraft) {
	const { before, after, kv } = updatePod(d.state, podKey(NAMESPACE, CLIENT_POD), (p) => {
		p.metadata.labels = { ...p.metadata.labels, tier: 'debug' };
	});
	const messages = [
		...write(KUBECTL, `PATCH pods/${CLIENT_POD} (labels ${LABEL})`, kv.key, kv.mod_revision, 0),
		...podEvent(d, before, after, kv, 3)
	];
	return kgStep({
		stage: 'what-if',
		params: { pod: CLIENT_POD, label: LABEL, rv: kv.mod_revision },
		messages,
		active: actorsOf(messages),
		wrote: [kv.key],
		command: { line: GET_PODS_WATCH_ONLY }
	});
}

/** Every kubelet renews its Lease when its ten seconds are up: etcd moves on, the pods' cache does not. */
export function leasesRenewed(d: KubectlGetDraft) {
	d.state.clock = Math.max(d.state.clock, LAST_RENEWAL + LEASE_RENEW_S);
	const nodes = d.state.nodes.map((n) => n.name);
	const { kvs, messages } = leaseRenewals(d.state, nodes, d.state.clock);
	return kgStep({
		stage: 'what-if',
		params: {
			nodes: nodes.length,
			revision: d.state.etcd.revision,
			cacheRv: d.cacheRv,
			behind: d.state.etcd.revision - d.cacheRv
		},
		messages,
		active: [API, ETCD, KCM, ...nodes.map(kubelet)],
		wrote: kvs.map((kv) => kv.key)
	});
}

/** resourceVersion=0: the cache answers at once with what it holds, limit or not. */
export function rv0List(d: KubectlGetDraft) {
	const path = listPath('resourceVersion=0');
	const count = cachePage(d, 0).items.length;
	return kgStep({
		stage: 'what-if',
		params: {
			count,
			rv: d.cacheRv,
			revision: d.state.etcd.revision,
			behind: d.state.etcd.revision - d.cacheRv,
			newest: newestPodRevision(d.state)
		},
		messages: [
			msg(KUBECTL, API, 'request', `GET ${path}`, 0),
			msg(
				API,
				KUBECTL,
				'response',
				`200 OK PodList: ${plural(count, 'item')}, resourceVersion ${d.cacheRv}`,
				1
			)
		],
		active: [KUBECTL, API],
		wrote: [],
		command: { line: `kubectl get --raw '${path}'` }
	});
}

/** --chunk-size=N: the first page, a consistent read from the cache with limit N. */
export function firstPage(d: KubectlGetDraft) {
	const size = pageSize(d);
	const list = consistentList(d, `GET ${listPath(`limit=${size}`)}`, size, 0);
	const line = pagesCommand(size);
	return kgStep({
		stage: 'what-if',
		params: {
			size,
			count: list.page.items.length,
			rv: list.page.rv,
			behind: list.behind,
			remaining: list.page.remaining ?? 0,
			token: list.page.continue ?? ''
		},
		messages: list.messages,
		active: [KUBECTL, API, ETCD],
		wrote: [],
		command: list.page.continue ? { line } : { line, output: printed(line, d.state) }
	});
}
