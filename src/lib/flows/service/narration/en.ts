/** Narration of the Service flow's steps in English; ko.ts has the Korean (same keys, same params). Each loads only when its language is shown. */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { ServiceStep } from '../machine';

/** "1 pod", "2 pods": English counts read as words, not "pod(s)". */
const count = (n: string | number, one: string, many = `${one}s`) =>
	`${n} ${Number(n) === 1 ? one : many}`;

export const serviceStepsEn: NarrationOf<ServiceStep> = {
	exposeCommand: {
		title: (p) => `kubectl exposes the Deployment ${p.name}`,
		body: (p) =>
			`You ask for a Service in front of Deployment ${p.name}'s pods. kubectl first GETs the Deployment to copy its selector (app=${p.name}), then POSTs a Service: port ${p.port} on the Service, targetPort ${p.targetPort} on the pods. A Service is only an object in the API — no process, no network interface.`
	},
	servicePipeline: {
		title: (p) => `The apiserver admits the Service and allocates ${p.ip}`,
		body: (p) =>
			`The Service passes the same pipeline as a pod: authentication, then RBAC authorization. Decoding the request fills in the defaults (type ClusterIP, sessionAffinity None, internalTrafficPolicy Cluster) before any admission plugin runs, and mutating admission has nothing to change. Then, before validation, the Service's REST storage allocates a ClusterIP from --service-cluster-ip-range (${p.cidr}): ${p.ip}, picked at random from the upper part of the range (the lower part is kept for addresses people choose). The allocator records the address as an object of its own: it asks the apiserver, through its own client, to create IPAddress ${p.ip} in ServiceCIDR ${p.serviceCIDR}, labelled managed-by ipallocator.k8s.io, whose parentRef names this Service. That object is written to ${p.key} at revision ${p.revision}, before the Service itself is stored. The allocator knows which addresses are taken from its watch on IPAddresses, and skips them. Since v1.33 every ClusterIP is such an object (kubectl get ipaddresses lists them), and since v1.34 the old allocator's single bitmap under /registry/ranges/serviceips is no longer written beside them. Validation and validating admission then check the Service with its address. No machine owns this address; it exists only in the API.`
	},
	persistService: {
		title: (p) => `Service ${p.name} is stored at revision ${p.revision}`,
		body: (p) =>
			`The Service goes to ${p.key} (services live under services/specs in etcd). kubectl prints “service/${p.name} exposed”. Nothing on any node has changed yet: the ClusterIP ${p.ip} works only once every kube-proxy has written rules for it.`
	},
	watchService: {
		title: (p) => `One ADDED event reaches controller-manager and all ${p.nodes} kube-proxies`,
		body: (p) =>
			`kube-controller-manager and every node's kube-proxy watch Services. In kube-controller-manager, the EndpointSlice and Endpoints controllers are the ones that watch. kube-proxy's watch carries a label selector: it leaves out Services labelled service.kubernetes.io/service-proxy-name, which belong to another proxy; ${p.name} has no such label. CoreDNS watches Services and EndpointSlices as well, to answer DNS names; the picture leaves its arrow out. The apiserver pushes the same ADDED event to every watch whose selector matches, all at once. Each kube-proxy stores ${p.name} in its cache and asks for a sync: its state turns to syncing.`
	},
	syncNoEndpoints: {
		title: () => 'Every kube-proxy syncs: a Service with no endpoints yet',
		body: (p) =>
			`kube-proxy does not wait. Its sync runner (minSyncPeriod 1s) runs as soon as the last sync is over a second old. The EndpointSlice does not exist yet, so ${p.name} has no endpoints: instead of nat chains, each node gets a filter rule “has no endpoints … -j REJECT”. For a moment a connection to ${p.ip} is refused at once rather than hanging. All ${p.nodes} nodes do this in parallel.`
	},
	createSlice: {
		title: (p) => `The EndpointSlice controller lists ${p.ready} ready pods`,
		body: (p) =>
			`The EndpointSlice controller finds the pods that match the Service's selector. It reads them from its informer cache, with no API call. It builds slice ${p.slice} with every matching pod that has an IP: ${p.addresses || 'none'}. It POSTs it; the endpoints controller POSTs the older Endpoints object beside it. Pods that are not Ready are listed with ready=false and get no traffic.`
	},
	persistSlice: {
		title: (p) => `EndpointSlice ${p.slice} is stored`,
		body: (p) =>
			`The slice goes to ${p.key}. It is labelled kubernetes.io/service-name=${p.name}, and its label endpointslice.kubernetes.io/managed-by names the EndpointSlice controller. The legacy Endpoints object goes to services/endpoints, labelled endpoints.kubernetes.io/managed-by=endpoint-controller so it can be told from Endpoints someone wrote by hand. kube-proxy reads only the slices.`
	},
	watchSlice: {
		title: (p) => `The slice is pushed to all ${p.nodes} kube-proxies at once`,
		body: (p) =>
			`The apiserver sends the new slice to every kube-proxy in parallel. Their selector skips only slices labelled service.kubernetes.io/headless (a Service without a ClusterIP has nothing to proxy) or service.kubernetes.io/service-proxy-name. It is one write and one fan-out: ADDED endpointslices/${p.slice}, with the arrows leaving together. Each proxy updates its cache and goes back to syncing.`
	},
	syncRules: {
		title: (p) =>
			Number(p.endpoints) > 0
				? `Every node writes the same rules for ${p.ip}`
				: `Every node syncs again: still no endpoint for ${p.ip}`,
		body: (p) =>
			Number(p.endpoints) > 0
				? `Each kube-proxy runs syncProxyRules and feeds the result to iptables-restore. KUBE-SERVICES now sends ${p.ip} to a KUBE-SVC chain, which jumps to one KUBE-SEP chain per endpoint (${p.endpoints}), each ending in DNAT to a pod. Every node gets the same rules because any pod on any node may send to the Service: the translation happens on the sender's own node. Nothing is written back to the API. A ping to ${p.ip} still gets no answer: the rules match only TCP to the Service's port, and no interface holds the address.`
				: `Each kube-proxy syncs again, but no endpoint is ready. The new EndpointSlice lists none, so there is still no KUBE-SVC chain, and the filter table's REJECT rule for ${p.ip} stays — on every node alike, since any pod on any node may send to the Service. Nothing is written back to the API.`
	},
	packetOut: {
		title: (p) =>
			p.outcome === 'dnat'
				? `The client's packet to ${p.ip}:${p.port} is DNATed to ${p.to}`
				: `The client's packet to ${p.ip}:${p.port} hits REJECT`,
		body: (p) =>
			p.outcome === 'dnat'
				? `Pod ${p.client} on ${p.node} opens a TCP connection to ${p.ip}:${p.port}. The packet leaves the pod through its veth into ${p.node}'s kernel: nat PREROUTING → KUBE-SERVICES, matches the Service's rule and jumps to KUBE-SVC. There each rule but the last rolls the dice with its probability (1/n, 1/(n-1), …), so every endpoint is equally likely; this time the roll picks ${p.pod}. Its KUBE-SEP chain rewrites the destination to ${p.to}. conntrack remembers the translation for the whole connection.`
				: `Pod ${p.client} on ${p.node} sends to ${p.ip}:${p.port}. The Service has no ready endpoint, so there is no KUBE-SVC chain; the filter table's REJECT rule (reached from FORWARD) answers at once.`
	},
	packetDelivered: {
		title: (p) =>
			p.away ? `Routed from ${p.node} to ${p.backendNode}` : `Delivered on ${p.node} itself`,
		body: (p) =>
			p.away
				? `After DNAT the destination is ${p.to}, a pod on ${p.backendNode}. It is in ${p.backendNode}'s pod CIDR, so the node routes the packet there like any pod-to-pod packet. The random pick ignores where pods run (internalTrafficPolicy Cluster): a packet usually leaves the node it started on. On ${p.backendNode} it reaches ${p.pod}, which sees the client's real IP.`
				: `After DNAT the destination ${p.to} is a pod on this node. So the packet goes straight to ${p.pod}. It could just as well have been sent to another node: the pick is random over all endpoints.`
	},
	packetReply: {
		title: () => 'The reply comes back, and conntrack undoes the DNAT',
		body: (p) =>
			`The backend answers from ${p.from}. ${p.away ? `The reply is routed back to ${p.node}, where` : 'On the same node'} conntrack recognises the connection and rewrites the source back to ${p.ip}:${p.port}, so the client sees an answer from the address it called. Only the nat table is skipped for the rest of this connection: its first packet chose the translation, and conntrack applies it to every later packet. The filter table still sees each one, and kube-proxy's KUBE-FORWARD chain lets them through with its rule -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT.`
	},
	packetRejected: {
		title: () => 'Connection refused: the Service has no endpoints',
		body: (p) =>
			`With zero ready endpoints, kube-proxy writes a REJECT rule instead. The filter rule REJECTs traffic to ${p.ip}:${p.port} with ICMP port unreachable, so the client fails fast (“connection refused”) instead of waiting for a timeout. Scale ${p.name} up and the rule is replaced by the nat chains.`
	},
	scaleCommand: {
		title: (p) => `kubectl scales ${p.name} from ${p.from} to ${p.to}`,
		body: (p) =>
			`kubectl patches the Deployment's scale subresource: spec.replicas becomes ${p.to}. That is the only write kubectl makes; controllers do the rest.`
	},
	deploymentSync: {
		title: (p) => `The Deployment controller sets ${p.rs} to ${count(p.to, 'replica')}`,
		body: (p) =>
			`The Deployment controller sets ReplicaSet ${p.rs} to ${count(p.to, 'replica')}. That is its current ReplicaSet: the template did not change, so there is no new ReplicaSet and no rollout.`
	},
	replicaSetSync: {
		title: (p) =>
			p.change === 'up'
				? `The ReplicaSet controller creates ${count(Number(p.want) - Number(p.have), 'pod')}`
				: p.change === 'down'
					? `The ReplicaSet controller deletes ${count(Number(p.have) - Number(p.want), 'pod')}`
					: 'The ReplicaSet already has the replicas it wants',
		body: (p) =>
			p.change === 'up'
				? `${p.rs} has ${count(p.have, 'pod')} and wants ${p.want}. It POSTs ${p.created}. They are Pending with no node and no IP, so they are not endpoints yet.`
				: p.change === 'down'
					? `${p.rs} has ${count(p.have, 'pod')} and wants ${p.want}. It deletes ${p.deleted}, preferring pods on nodes that run more of its pods, then the newest. A deleted pod first gets a deletionTimestamp: it is Terminating for up to its 30s grace period.`
					: `${p.rs} already runs ${count(p.have, 'pod')}: nothing to do.`
	},
	deleteCommand: {
		title: (p) => `kubectl deletes pod ${p.pod}`,
		body: (p) =>
			`The apiserver does not remove ${p.pod} at once. It sets deletionTimestamp and a 30s grace period, and the pod shows Terminating. The kubelet will stop it; the controllers react right away.`
	},
	controllersReact: {
		title: (p) => `Two controllers react to ${p.pod} terminating`,
		body: (p) =>
			`The ReplicaSet controller no longer counts a terminating pod. So it creates ${p.created} to get back to the wanted number. At the same time the EndpointSlice controller marks ${p.pod}'s endpoint ready=false, terminating=true in ${p.slice}.`
	},
	sliceUpdate: {
		title: (p) => `The EndpointSlice now lists ${count(p.ready, 'ready endpoint')}`,
		body: (p) =>
			`The EndpointSlice controller brings ${p.slice} in line with the pods. Now ${p.ready} are ready, ${p.terminating} terminating, ${p.total} in all. ${p.fallback ? `None is ready, so kube-proxy keeps sending new connections to the ${p.fallback} that are terminating but still serving, rather than refusing them.` : 'Only ready endpoints get new connections.'}`
	},
	resync: {
		title: (p) =>
			p.changed
				? `All ${p.nodes} kube-proxies resync: ${count(p.endpoints, 'endpoint')}`
				: `All ${p.nodes} kube-proxies resync: no rule changes`,
		body: (p) =>
			p.changed
				? `MODIFIED endpointslices/${p.slice} reaches every kube-proxy at once. Each rewrites its rules: KUBE-SEP chains appear or vanish with their endpoints, and every probability in KUBE-SVC is recomputed for ${count(p.endpoints, 'endpoint')}. Every node ends with the same table again.`
				: `MODIFIED endpointslices/${p.slice} reaches every kube-proxy at once. Each runs a sync, but the endpoints it programs are the same as before (the ones that changed had already left the rules). There is nothing new to write, and every node keeps the same table.`
	},
	scheduleNew: {
		title: (p) => `The scheduler binds ${count(p.count, 'new pod')}`,
		body: (p) =>
			`Each new pod goes through a real scheduling cycle. Filters and scores work as in the pod-creation flow: ${p.placed}.`
	},
	kubeletsWork: {
		title: () => 'The kubelets start and stop pods',
		body: (p) =>
			[
				'The kubelets report to the apiserver, and the EndpointSlice controller is watching.',
				p.started ? `Started: ${p.started} (pod IP ${p.ips}), Running and Ready.` : '',
				p.stopped ? `Stopped and removed: ${p.stopped}.` : ''
			]
				.filter(Boolean)
				.join(' ')
	},
	nodeJoins: {
		title: (p) => `${p.node} joins the cluster`,
		body: (p) =>
			`The kubelet on the new machine registers Node ${p.node}, at address ${p.address}. The DaemonSet controller and the scheduler hear about it. The node has no pod CIDR of its own yet: kube-controller-manager's node IPAM controller gives it ${p.cidr} with a PATCH, a write of its own.`
	},
	daemonSetPod: {
		title: (p) => `DaemonSet kube-proxy creates ${p.pod} for ${p.node}`,
		body: (p) =>
			`kube-proxy is a DaemonSet: one pod per node. The DaemonSet controller sees a node without one and creates ${p.pod}, pinned to ${p.node} by node affinity.`
	},
	bindProxyPod: {
		title: (p) => `The scheduler binds ${p.pod} to ${p.node}`,
		body: () =>
			`DaemonSet pods go through the default scheduler too. Their node affinity leaves exactly one feasible node.`
	},
	startProxyPod: {
		title: (p) => `kube-proxy starts on ${p.node}`,
		body: (p) =>
			`The kubelet on ${p.node} starts ${p.pod} in the host's network namespace. It runs with hostNetwork, so it can program that node's iptables.`
	},
	proxyLists: {
		title: (p) => `The new kube-proxy lists ${p.services} Services and ${p.slices} EndpointSlices`,
		body: (p) =>
			`A fresh informer starts with a LIST of everything. Then it watches from that point. The kube-proxy on ${p.node} now knows every Service in the cluster.`
	},
	syncNode: {
		title: () => 'A full sync writes every rule on the new node',
		body: () =>
			`Its first sync writes the whole table at once. The rules are the same as on every other node. The other nodes do nothing: no Service or endpoint changed.`
	}
};
