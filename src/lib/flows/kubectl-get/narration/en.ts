/** Narration of the kubectl-get flow's steps in English; ko.ts has the Korean (same keys, same params). Each loads only when its language is shown. */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { KubectlGetStep } from '../machine';

/** "1 pod", "2 pods": English counts read as words, not "pod(s)". */
const count = (n: string | number, one: string, many = `${one}s`) =>
	`${n} ${Number(n) === 1 ? one : many}`;

export const kubectlGetStepsEn: NarrationOf<KubectlGetStep> = {
	discovery: {
		title: () => 'kubectl finds out what “pods” means',
		body: () =>
			'Before any list, kubectl must learn which API serves “pods”. It reads ~/.kube/config for the server (https://192.168.56.10:6443) and the admin’s client certificate, then asks GET /api and GET /apis. Each answer is aggregated discovery: every group with all its resources in one response. kubectl keeps them in ~/.kube/cache/discovery for six hours, so the next commands skip these two requests.'
	},
	listRequest: {
		title: () => 'GET /api/v1/namespaces/default/pods?limit=500',
		body: (p) =>
			`The request names the namespace and asks for ${p.limit} pods at most. kubectl reads long lists in chunks (--chunk-size). Its Accept header asks for a Table, so the server lays out the columns. The client certificate makes it user kubernetes-admin in group kubeadm:cluster-admins, and RBAC allows “list pods” through the binding kubeadm made. No admission plugin runs: admission is for writes, and a list writes nothing.`
	},
	currentRevision: {
		title: (p) => `kube-apiserver asks etcd for its revision: ${p.revision}`,
		body: (p) =>
			`The request names no resourceVersion, which means “as fresh as etcd”. kube-apiserver still answers from its watch cache (ConsistentListFromCache, GA since v1.34), but first it asks etcd where it stands. It reads the key /registry/pods itself, which holds nothing, for the revision in the reply’s header: ${p.revision}. The cache of pods is at ${p.cacheRv}, the newest pod write. The ${count(p.behind, 'write')} since then went to other keys, such as the kubelets’ Leases.`
	},
	progressNotify: {
		title: (p) => `A progress notification moves the cache to ${p.revision}`,
		body: (p) =>
			`Is the cache behind, or has no pod changed since ${p.from}? It cannot tell on its own. So it asks etcd, on the watch it keeps on /registry/pods/, for a progress notification, and asks again every 100 ms while a read waits. etcd answers that this watch has seen everything up to revision ${p.revision}. The cache is now at ${p.revision}, though no pod changed.`
	},
	cacheAnswers: {
		title: (p) => `The cache answers: ${count(p.count, 'row')} at resourceVersion ${p.rv}`,
		body: (p) =>
			`The cache lists the namespace’s pods from memory, sorted by key. The pods’ REST handler turns them into a Table: a row per pod with NAME, READY, STATUS, RESTARTS, AGE and the wide columns. etcd served no pod for this list. Its resourceVersion is ${p.rv}, etcd’s revision, not any pod’s: the newest pod is at ${p.newest}. A watch started from ${p.rv} will miss nothing and repeat nothing.`
	},
	tablePrinted: {
		title: (p) => `kubectl prints ${count(p.count, 'pod')}`,
		body: () =>
			'kubectl prints the rows as the server computed them, AGE included. It leaves out the columns the server marked as wide (IP, NODE, NOMINATED NODE, READINESS GATES) unless you ask for -o wide. The columns are padded by kubectl’s tabwriter: three spaces after the longest cell. The Terminal tab answers the same command from the same cluster.'
	},
	watchStarts: {
		title: () => 'kubectl get pods -w: a list, then a watch from its resourceVersion',
		body: (p) =>
			`With -w, kubectl lists first, the same way.${p.behind > 0 ? '' : ' etcd is still at the cache’s revision, so nothing needs catching up.'} It prints the ${count(p.count, 'pod')}, then sends a watch from the list’s resourceVersion ${p.rv}: every change after ${p.rv}, none before. The watch cache serves it too. etcd keeps one watch per resource for kube-apiserver, however many clients watch.`
	},
	scaledElsewhere: {
		title: (p) => `Another terminal scales ${p.name} to ${p.to}`,
		body: (p) =>
			`Meanwhile, a colleague runs kubectl scale deployment ${p.name} --replicas=${p.to}. The Deployment changes in etcd, and the Deployment controller raises its ReplicaSet ${p.rs} to ${p.to}. Your watch hears none of it: it watches pods, and no pod has changed yet.`
	},
	podAdded: {
		title: (p) => `ADDED: ${p.name} appears in your watch`,
		body: (p) =>
			`The ReplicaSet controller creates ${p.name} (revision ${p.rv}). The cache hears it on its own etcd watch and passes the event to every watcher whose filter matches: your kubectl, kube-scheduler and kube-controller-manager. No kubelet hears it yet: the pod has no node. kubectl prints a row: 0/1, Pending.`
	},
	podBound: {
		title: (p) =>
			p.bound ? `MODIFIED: ${p.name} is bound to ${p.node}` : `MODIFIED: ${p.name} stays Pending`,
		body: (p) =>
			p.bound
				? `kube-scheduler binds the pod to ${p.node}. kubectl prints the same row again: spec.nodeName is not a column without -o wide, and the pod is still Pending. The kubelet of ${p.node} hears this write as ADDED: for a watch filtered on spec.nodeName=${p.node}, the pod has just appeared.`
				: `kube-scheduler finds no node with room for the pod. It marks the pod Unschedulable, with a FailedScheduling event: “${p.why}” That status write is an event like any other, so kubectl prints the same Pending row again. The pod waits until the cluster changes, such as a node joining.`
	},
	podCreating: {
		title: (p) => `MODIFIED: ${p.name} is ContainerCreating`,
		body: (p) =>
			`The kubelet of ${p.node} admits the pod and writes its first status (revision ${p.rv}). STATUS now reads ContainerCreating: the container’s waiting reason. The row is wider than the list’s, and the column stays that wide for every row after it: kubectl’s tabwriter remembers widths across the rows a watch prints.`
	},
	podRunning: {
		title: (p) => `MODIFIED: ${p.name} is Running`,
		body: (p) =>
			`The container starts, and the kubelet reports Running, 1/1 (revision ${p.rv}). The pod’s sandbox got the address ${p.ip}. One new pod printed four rows: kubectl get -w prints a row per event, not per pod. To see the event types themselves, kubectl has --output-watch-events.`
	},
	informerList: {
		title: () => 'A restarted kubelet lists its pods with resourceVersion=0',
		body: (p) =>
			`Every controller and kubelet reads like kubectl get -w: a list, then a watch. Both go through client-go’s reflector, the heart of an informer. The kubelet of ${p.node} restarts. Its pod source lists pods with spec.nodeName=${p.node} and resourceVersion=0, which means “any version you have”. The cache answers at once, without asking etcd, and ignores the limit: ${count(p.count, 'pod')} at resourceVersion ${p.rv} (${p.pods}). kube-apiserver could instead stream the list as watch events (WatchList), but client-go leaves that off by default, so the kubelet lists.`
	},
	informerWatch: {
		title: (p) => `Then a watch from ${p.rv}, with bookmarks`,
		body: (p) =>
			`The reflector watches from the list’s resourceVersion ${p.rv}. allowWatchBookmarks=true lets the server send now and then an event that carries only a newer resourceVersion, so a broken watch resumes from there. timeoutSeconds=${p.timeout} is a random time between five and ten minutes, so informers do not all reconnect at once. If a resumed watch is too old (410 Gone), the reflector lists again.`
	},
	watchOnlyOpens: {
		title: () => 'kubectl get pods --watch-only still sends the list',
		body: (p) =>
			`--watch-only prints no list, but kubectl still sends one. The watch needs its resourceVersion to start from. The cache answers with ${count(p.count, 'row')} at ${p.rv}; kubectl prints none of them and watches from ${p.rv}. The screen stays empty until something changes.`
	},
	labelledElsewhere: {
		title: (p) => `MODIFIED: ${p.pod} gets the label ${p.label}`,
		body: (p) =>
			`In the other terminal, kubectl label pod ${p.pod} ${p.label} changes the pod (revision ${p.rv}). That event is the first thing --watch-only prints, header included. A label is not a column, so the row looks unchanged: add --show-labels to see what changed.`
	},
	leasesRenewed: {
		title: (p) => `${count(p.nodes, 'kubelet')} renew their Leases`,
		body: (p) =>
			`Ten seconds after the last round, every kubelet renews its Lease: ${count(p.nodes, 'write')}. etcd is now at revision ${p.revision}. The cache of pods heard none of these writes, so it is still at ${p.cacheRv}, ${p.behind} behind.`
	},
	rv0List: {
		title: (p) => `resourceVersion=0: the cache answers at once, at ${p.rv}`,
		body: (p) =>
			`kubectl get --raw sends the list with resourceVersion=0. The cache answers at once with what it holds: ${count(p.count, 'pod')} at ${p.rv}, ${p.behind} behind etcd’s ${p.revision}. Nothing is missing here, since no pod changed. But a pod event still on its way would be missing, which a list without resourceVersion would have waited for. Informers take this risk, because their watch brings what the list missed.`
	},
	firstPage: {
		title: (p) => `--chunk-size=${p.size}: the first page comes from the cache`,
		body: (p) =>
			p.remaining > 0
				? `kubectl asks for ${p.size} pods at a time. The list is a consistent read: ${p.behind > 0 ? 'the cache catches up with etcd first, then' : 'the cache is at etcd’s revision, so it'} serves the first ${count(p.count, 'pod')} at resourceVersion ${p.rv}, with remainingItemCount ${p.remaining} and a continue token. The token is base64 of {"v":"meta.k8s.io/v1","rv":${p.rv},"start":…}: the revision of the list, and the key after the last one sent.`
				: `kubectl asks for ${p.size} pods at a time. The namespace holds only ${count(p.count, 'pod')}: ${p.behind > 0 ? 'once the cache has caught up with etcd, ' : ''}one page at resourceVersion ${p.rv} holds them all, with no continue token. kubectl prints the table.`
	},
	nextPages: {
		title: (p) =>
			p.fromCache
				? `${count(p.requests, 'more page')} from the cache’s snapshot, at revision ${p.rv}`
				: `${count(p.requests, 'more page')} from etcd, at revision ${p.rv}`,
		body: (p) =>
			p.fromCache
				? `Since v1.34 the watch cache continues a list itself. After every pod write it hears, it keeps a snapshot of its pods (ListFromCacheSnapshot, beta and on by default). The token asks for revision ${p.rv}. The newest snapshot at or before it is from ${p.snapshot}, the last pod write, so it holds the pods exactly as they were at ${p.rv}. Every page reads that snapshot: all ${p.total} pods are one view even if pods change meanwhile, and etcd serves none of them. A snapshot lasts while its write is among the cache’s recent events, at least ${p.fresh} seconds of them, and until etcd compacts past it. Without one, the page goes to etcd, which answers 410 Gone once it has compacted ${p.rv}, and the list must start over. kubectl prints one table after the last page.`
				: `The cache holds no snapshot at or before revision ${p.rv}. Snapshots older than etcd’s last compaction are dropped. So each page goes to etcd, which reads it at ${p.rv}, the first page’s revision: all ${p.total} pods are one view even if pods changed meanwhile. Once etcd has compacted ${p.rv}, the token gets 410 Gone, and the list must start over. kubectl prints one table after the last page.`
	}
};
