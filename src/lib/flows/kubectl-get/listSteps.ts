/**
 * `kubectl get pods`, request by request: discovery (client-go's aggregated discovery, cached on
 * disk), the list request with its Table Accept header (kubectl/pkg/cmd/get/get.go
 * transformRequests), authentication and authorization (no admission: a read changes nothing),
 * the consistent read from the watch cache, and the table kubectl prints.
 */
import { adminAccess } from '$lib/sim/apiserver';
import { API, ETCD, KUBECTL, kgStep, msg, type KubectlGetDraft } from './draft';
import {
	KUBECTL_CHUNK,
	NAMESPACE,
	askRevision,
	cachePage,
	catchUp,
	listPath,
	tableAnswer
} from './reads';
import { printed } from './printed';
import { newestPodRevision } from './watchCache';

export const GET_PODS = 'kubectl get pods';

/** kubectl finds what `pods` means: GET /api and /apis, unless its discovery cache is fresh. */
export function discovery() {
	return kgStep({
		stage: 'list',
		params: {},
		messages: [
			msg(KUBECTL, API, 'request', 'GET /api', 0),
			msg(API, KUBECTL, 'response', '200 APIGroupDiscoveryList (v2)', 1),
			msg(KUBECTL, API, 'request', 'GET /apis', 2),
			msg(API, KUBECTL, 'response', '200 APIGroupDiscoveryList (v2)', 3)
		],
		active: [KUBECTL, API],
		wrote: [],
		command: { line: GET_PODS }
	});
}

/** The list request, through authentication and authorization to the pods' REST storage. */
export function listRequest() {
	const path = listPath(`limit=${KUBECTL_CHUNK}`);
	return kgStep({
		stage: 'list',
		params: { path, limit: KUBECTL_CHUNK },
		messages: [msg(KUBECTL, API, 'request', `GET ${path}`, 0)],
		active: [KUBECTL, API],
		wrote: [],
		pipeline: [
			...adminAccess('list', 'pods', NAMESPACE),
			{
				stage: 'watchCache',
				detail: `no resourceVersion: a consistent read (ConsistentListFromCache), served from the cache once it has reached etcd's revision`
			},
			{
				stage: 'table',
				detail:
					'Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json'
			}
		]
	});
}

/** The cacher asks etcd for its current revision: the cache must reach it before it answers. */
export function currentRevision(d: KubectlGetDraft) {
	return kgStep({
		stage: 'list',
		params: {
			revision: d.state.etcd.revision,
			cacheRv: d.cacheRv,
			behind: d.state.etcd.revision - d.cacheRv,
			newest: newestPodRevision(d.state)
		},
		messages: askRevision(d, 0),
		active: [API, ETCD],
		wrote: []
	});
}

/** The cache is behind: a progress notification from etcd brings it to etcd's revision. */
export function progressNotify(d: KubectlGetDraft) {
	const from = d.cacheRv;
	const { behind, messages } = catchUp(d, 0);
	return kgStep({
		stage: 'list',
		params: { from, revision: d.cacheRv, behind },
		messages,
		active: [API, ETCD],
		wrote: []
	});
}

/** The cache lists the namespace's pods at its revision and sends them as a Table. */
export function cacheAnswers(d: KubectlGetDraft) {
	const p = cachePage(d, KUBECTL_CHUNK);
	d.listRv = p.rv;
	return kgStep({
		stage: 'list',
		params: { count: p.items.length, rv: p.rv, newest: newestPodRevision(d.state) },
		messages: [msg(API, KUBECTL, 'response', tableAnswer(p), 0)],
		active: [API, KUBECTL],
		wrote: []
	});
}

/** kubectl prints the rows the server sent, the wide columns left out. */
export function tablePrinted(d: KubectlGetDraft) {
	const p = cachePage(d, KUBECTL_CHUNK);
	return kgStep({
		stage: 'list',
		params: { count: p.items.length, rv: p.rv },
		messages: [],
		active: [KUBECTL],
		wrote: [],
		command: { line: GET_PODS, output: printed(GET_PODS, d.state) }
	});
}
