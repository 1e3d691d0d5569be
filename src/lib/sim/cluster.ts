/**
 * The starting cluster: worker nodes of a few sizes already running some pods, so that the
 * scheduler's scores differ between nodes, and every object written to etcd as the apiserver
 * would have written it. The control plane runs outside the worker list (it is not a candidate
 * for the scheduler here, so `nodes=3` gives "0/3 nodes are available").
 */
import { createStore, put, type EtcdStore, type KeyValue } from './etcd';
import { hexId, nameSuffix, uid } from './ids';
import { storePod } from './podCodec';
import type {
	ContainerSpec,
	EndpointSliceObject,
	NodeModel,
	PodObject,
	ServiceObject
} from './model';
import { imageDigestRef, lookupImage, parseImage } from './registry';
import { timestamp } from './time';
import { runningStatus } from './podStatus';
import {
	kubernetesService,
	kubernetesSlice,
	storeService,
	storeServiceRange,
	storeSlice
} from './services';

const Mi = 1024 * 1024;
const Gi = 1024 * Mi;

export interface ClusterState {
	seed: string;
	nodes: NodeModel[];
	etcd: EtcdStore;
	/** simulated seconds since the scenario began */
	clock: number;
	/** events written so far, used to make event names unique within one instant */
	eventSeq: number;
	/** the container runtimes' pod sandboxes by pod uid: known on the node before the kubelet reports them */
	sandboxes?: Record<string, { id: string; ip: string }>;
	/** Service flow: each node's kube-proxy, as its state machine stands after the step */
	proxies?: Record<string, ProxySnapshot>;
}

/** One kube-proxy: where its sync stands, and the objects its last sync wrote rules for. */
export interface ProxySnapshot {
	state: 'watching' | 'syncing' | 'synced';
	/** what its informers hold now */
	cache: { services: ServiceObject[]; slices: EndpointSliceObject[] };
	/** what its last iptables-restore was computed from */
	applied: { services: ServiceObject[]; slices: EndpointSliceObject[] };
	/** the kube-proxy pod on that node */
	pod: string;
}

export interface Workload {
	namespace: string;
	name: (seed: string, node: number) => string;
	container: ContainerSpec;
	labels: Record<string, string>;
}

const nodeSizes = [
	{ cpu: 4000, memory: 8 * Gi },
	{ cpu: 2000, memory: 4 * Gi },
	{ cpu: 4000, memory: 16 * Gi }
];

// What already runs on node i (cycled): a mix of requests, and one pod with none at all.
const workloads: Workload[][] = [
	[dns(), app('api', 'python:3.12-slim', { cpu: 1000, memory: 1 * Gi })],
	[dns(), stateful('redis', 'redis:7.2', { cpu: 500, memory: 2 * Gi })],
	[app('web', 'nginx:1.26', { cpu: 250, memory: 256 * Mi }), app('worker', 'busybox:1.36', {})]
];

function dns(): Workload {
	return {
		namespace: 'kube-system',
		name: (seed, n) => `coredns-668d6bf9bc-${nameSuffix(seed, `coredns/${n}`)}`,
		container: {
			name: 'coredns',
			image: 'registry.k8s.io/coredns/coredns:v1.11.3',
			requests: { cpu: 100, memory: 70 * Mi }
		},
		labels: { 'k8s-app': 'kube-dns' }
	};
}

function app(name: string, image: string, requests: ContainerSpec['requests']): Workload {
	return {
		namespace: 'default',
		name: (seed, n) => `${name}-7d4b9c8f6-${nameSuffix(seed, `${name}/${n}`)}`,
		container: { name, image, requests },
		labels: { app: name }
	};
}

function stateful(name: string, image: string, requests: ContainerSpec['requests']): Workload {
	return {
		namespace: 'default',
		name: (_seed, n) => (n < 3 ? `${name}-0` : `${name}-${Math.floor(n / 3)}`),
		container: { name, image, requests },
		labels: { app: name }
	};
}

export function kubeProxy(): Workload {
	return {
		namespace: 'kube-system',
		name: (seed, n) => `kube-proxy-${nameSuffix(seed, `kube-proxy/${n}`)}`,
		container: { name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0' },
		labels: { 'k8s-app': 'kube-proxy' }
	};
}

export function makeNode(index: number): NodeModel {
	const size = nodeSizes[index % nodeSizes.length];
	const name = `node-${index + 1}`;
	return {
		name,
		labels: {
			'kubernetes.io/hostname': name,
			'kubernetes.io/os': 'linux',
			'kubernetes.io/arch': 'amd64'
		},
		allocatable: { ...size, pods: 110 },
		podCIDR: `10.244.${index + 1}.0/24`,
		address: `192.168.56.${11 + index}`,
		unschedulable: false,
		taints: [],
		images: {}
	};
}

export function nodeObject(node: NodeModel) {
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: { name: node.name, labels: node.labels },
		spec: { podCIDR: node.podCIDR, podCIDRs: [node.podCIDR] },
		status: {
			allocatable: {
				cpu: String(node.allocatable.cpu / 1000),
				memory: `${node.allocatable.memory / 1024}Ki`,
				pods: String(node.allocatable.pods)
			},
			addresses: [
				{ type: 'InternalIP', address: node.address },
				{ type: 'Hostname', address: node.name }
			],
			conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }],
			// Node status lists images by the runtime's names: repo digest and canonical tag.
			images: Object.entries(node.images).map(([canonical, size]) => {
				const ref = parseImage(canonical)!;
				return { names: [imageDigestRef(ref), canonical], sizeBytes: size };
			})
		}
	};
}

export function existingPod(
	seed: string,
	node: NodeModel,
	n: number,
	w: Workload,
	host: number,
	extra: Partial<PodObject['metadata']> = {}
): PodObject {
	const name = w.name(seed, n);
	// kube-proxy runs in the host's network namespace, so its pod IP is the node's address.
	const hostNetwork = w.container.name === 'kube-proxy';
	const ref = parseImage(w.container.image)!;
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name,
			namespace: w.namespace,
			uid: uid(seed, `${w.namespace}/${name}`),
			creationTimestamp: timestamp(-86400 * 3),
			labels: w.labels,
			...extra
		},
		spec: {
			containers: [w.container],
			nodeName: node.name,
			schedulerName: 'default-scheduler',
			serviceAccountName: hostNetwork ? 'kube-proxy' : 'default',
			...(hostNetwork ? { hostNetwork: true } : {}),
			restartPolicy: 'Always'
		},
		status: runningStatus(
			w.container,
			{ podIP: hostNetwork ? node.address : podAddress(node, host), hostIP: node.address },
			{
				containerID: `containerd://${hexId(seed, `container/${w.namespace}/${name}`, 64)}`,
				imageID: imageDigestRef(ref)
			},
			-86400 * 3
		)
	};
}

/** Builds the cluster before the flow starts, writing every object through etcd. */
export function createCluster(nodeCount: number, seed: string): ClusterState {
	const etcd = createStore();
	const nodes = Array.from({ length: nodeCount }, (_, i) => makeNode(i));
	writeBaseObjects(etcd);
	const pods: PodObject[] = [];
	nodes.forEach((node, n) => {
		const placed = [...workloads[n % workloads.length], kubeProxy()];
		placed.forEach((w, i) => {
			pods.push(existingPod(seed, node, n, w, 2 + i));
			pullImage(node, w.container.image);
		});
		pullImage(node, 'registry.k8s.io/pause:3.10');
		registerNode(etcd, node);
	});
	for (const pod of pods) storePod(etcd, pod);
	return { seed, nodes, etcd, clock: 0, eventSeq: 0 };
}

/** A node's kubelet registering it: the Node object and its heartbeat Lease (two writes). */
export function registerNode(
	etcd: EtcdStore,
	node: NodeModel,
	/** false for a node joining a running cluster: it registers without a pod CIDR, which node IPAM assigns next (nodeChanges.ts) */
	withPodCIDR = true
): { node: KeyValue; lease: KeyValue } {
	const obj = nodeObject(node);
	const stored = withPodCIDR ? obj : { ...obj, spec: {} };
	const kv = put(etcd, `/registry/minions/${node.name}`, JSON.stringify(stored));
	const lease = put(
		etcd,
		`/registry/leases/kube-node-lease/${node.name}`,
		JSON.stringify({
			apiVersion: 'coordination.k8s.io/v1',
			kind: 'Lease',
			metadata: { name: node.name, namespace: 'kube-node-lease' },
			spec: { holderIdentity: node.name, leaseDurationSeconds: 40 }
		})
	);
	return { node: kv, lease };
}

/** What every cluster has before any workload: namespaces, the default ServiceAccount, and the
 * `kubernetes` Service with its EndpointSlice (the apiserver's own address). */
export function writeBaseObjects(etcd: EtcdStore): void {
	for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
		put(
			etcd,
			`/registry/namespaces/${ns}`,
			JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
		);
	}
	put(
		etcd,
		'/registry/serviceaccounts/default/default',
		JSON.stringify({
			apiVersion: 'v1',
			kind: 'ServiceAccount',
			metadata: { name: 'default', namespace: 'default' }
		})
	);
	const kubernetes = kubernetesService();
	// the apiserver allocates its own Service's address first: the range holds it from the start
	storeServiceRange(etcd, [kubernetes.spec.clusterIP]);
	storeService(etcd, kubernetes);
	storeSlice(etcd, kubernetesSlice());
}

/** Address `host` of a node's /24 pod CIDR; host-local IPAM starts at .2 (.1 is the bridge). */
export function podAddress(node: NodeModel, host: number): string {
	const [a, b, c] = node.podCIDR.split('/')[0].split('.').map(Number);
	return `${a}.${b}.${c}.${host}`;
}

/** Puts an image in a node's image store under the name the runtime resolves it to. */
export function pullImage(node: NodeModel, image: string): void {
	const ref = parseImage(image)!;
	node.images[ref.canonical] = lookupImage(ref) ?? 0;
}
