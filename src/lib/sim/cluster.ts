/**
 * The starting cluster: worker nodes of a few sizes already running some pods, so that the
 * scheduler's scores differ between nodes, and every object written to etcd as the apiserver
 * would have written it. The control plane runs outside the worker list (it is not a candidate
 * for the scheduler here, so `nodes=3` gives "0/3 nodes are available").
 */
import { createStore, put, type EtcdStore, type KeyValue } from './etcd';
import { hexId, nameSuffix, uid } from './ids';
import { TAINT_NOT_READY, TAINT_UNREACHABLE } from './nodeBasics';
import { healthyConditions, leaseKey, leaseObject } from './nodeLifecycle';
import { withIdentity } from './objectMeta';
import { admitPod } from './podAdmission';
import { storePod } from './podCodec';
import type {
	ContainerSpec,
	EndpointSliceObject,
	NodeModel,
	PodObject,
	ServiceObject,
	Toleration
} from './model';
import { makeNode } from './workerNode';
import { Gi, Mi } from './quantity';
import { imageDigestRef, lookupImage, parseImage } from './registry';
import { CLUSTER_CREATED, timestamp } from './time';
import { COREDNS_IMAGE, KUBERNETES_VERSION, KUBE_PROXY_IMAGE, PAUSE_IMAGE } from './version';
import { observedByKubelet, prepareForCreate } from './podStatus';
import { runningStatus } from './containerStatus';
import {
	kubernetesService,
	kubernetesSlice,
	storeDefaultServiceCIDR,
	storeIPAddress,
	storeKubernetesEndpoints,
	storeService,
	storeSlice
} from './services';

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
	/** what the owner's pod template adds to the spec (a system pod's class and tolerations) */
	spec?: Partial<PodObject['spec']>;
}

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
			image: COREDNS_IMAGE,
			requests: { cpu: 100, memory: 70 * Mi }
		},
		labels: { 'k8s-app': 'kube-dns' },
		// kubeadm's CoreDNS Deployment (cmd/kubeadm/app/phases/addons/dns/manifests.go)
		spec: {
			serviceAccountName: 'coredns',
			// the node's resolver, not the cluster's: CoreDNS is the cluster's
			dnsPolicy: 'Default',
			priorityClassName: 'system-cluster-critical',
			nodeSelector: { 'kubernetes.io/os': 'linux' },
			tolerations: [
				{ key: 'CriticalAddonsOnly', operator: 'Exists' },
				{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }
			]
		}
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
		container: {
			name: 'kube-proxy',
			image: KUBE_PROXY_IMAGE,
			command: [
				'/usr/local/bin/kube-proxy',
				'--config=/var/lib/kube-proxy/config.conf',
				'--hostname-override=$(NODE_NAME)'
			],
			env: [
				{
					name: 'NODE_NAME',
					valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } }
				}
			],
			securityContext: { privileged: true },
			volumeMounts: [
				{ name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' },
				{ name: 'xtables-lock', mountPath: '/run/xtables.lock' },
				{ name: 'lib-modules', mountPath: '/lib/modules', readOnly: true }
			]
		},
		labels: { 'k8s-app': 'kube-proxy' },
		// kubeadm's kube-proxy DaemonSet (cmd/kubeadm/app/phases/addons/proxy/manifests.go), with
		// the defaults its volumes get (a ConfigMap's defaultMode, a hostPath's type)
		spec: {
			serviceAccountName: 'kube-proxy',
			volumes: [
				{ name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } },
				{ name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
				{ name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } }
			],
			priorityClassName: 'system-node-critical',
			nodeSelector: { 'kubernetes.io/os': 'linux' },
			tolerations: daemonSetTolerations(true)
		}
	};
}

/** The tolerations in kubeadm's kube-proxy DaemonSet template: every taint. */
export const KUBE_PROXY_TEMPLATE_TOLERATIONS: Toleration[] = [
	{ key: 'CriticalAddonsOnly', operator: 'Exists' },
	{ operator: 'Exists' }
];

/**
 * kube-proxy's tolerations as a kubeadm cluster stores them: the DaemonSet kubeadm writes
 * tolerates every taint (`operator: Exists`), and the DaemonSet controller's
 * AddOrUpdateDaemonPodTolerations (pkg/controller/daemon/util/daemonset_util.go) adds its own,
 * none with tolerationSeconds. So kube-proxy is never evicted from a node, whatever taint it gets.
 */
export function daemonSetTolerations(hostNetwork: boolean): Toleration[] {
	const exists = (key: string, effect: Toleration['effect']): Toleration => ({
		key,
		operator: 'Exists',
		effect
	});
	return [
		...KUBE_PROXY_TEMPLATE_TOLERATIONS,
		exists(TAINT_NOT_READY, 'NoExecute'),
		exists(TAINT_UNREACHABLE, 'NoExecute'),
		exists('node.kubernetes.io/disk-pressure', 'NoSchedule'),
		exists('node.kubernetes.io/memory-pressure', 'NoSchedule'),
		exists('node.kubernetes.io/pid-pressure', 'NoSchedule'),
		exists('node.kubernetes.io/unschedulable', 'NoSchedule'),
		...(hostNetwork ? [exists('node.kubernetes.io/network-unavailable', 'NoSchedule')] : [])
	];
}

/**
 * kube-proxy's pod on a node, as the DaemonSet controller creates it (pkg/controller/daemon):
 * named from `kube-proxy-`, owned by the DaemonSet, labelled with its template's revision, and
 * pinned to its node by required node affinity on metadata.name
 * (util.ReplaceDaemonSetPodNodeNameNodeAffinity), which it keeps once bound.
 */
export function kubeProxyPod(seed: string, node: NodeModel, n: number): PodObject {
	const owner = {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		name: 'kube-proxy',
		uid: uid(seed, 'ds/kube-system/kube-proxy'),
		controller: true,
		blockOwnerDeletion: true
	};
	const pod = existingPod(seed, node, n, kubeProxy(), 0, {
		generateName: 'kube-proxy-',
		ownerReferences: [owner]
	});
	pod.metadata.labels = {
		'controller-revision-hash': nameSuffix(seed, 'controller-revision-hash/kube-proxy', 9),
		...pod.metadata.labels,
		'pod-template-generation': '1'
	};
	pod.spec.affinity = {
		nodeAffinity: {
			requiredDuringSchedulingIgnoredDuringExecution: {
				nodeSelectorTerms: [
					{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.name] }] }
				]
			}
		}
	};
	return pod;
}

/** A Node's uid: fixed by its name, so one node keeps it across what-ifs. */
export const nodeUid = (name: string) => uid('cluster', `node/${name}`);

/**
 * A kubeadm worker's disk: capacity, and what the kubelet's nodefs.available<10% eviction
 * threshold leaves. The percentage is a float32 (pkg/kubelet/eviction/api/types.go), so 10 % is
 * 0.10000000149… of the capacity, truncated (GetThresholdQuantity).
 */
const DISK_KI = 61255492;
const DISK_ALLOCATABLE = DISK_KI * 1024 - Math.trunc(DISK_KI * 1024 * Math.fround(0.1));
/** memory.available<100Mi: the default hard eviction threshold, the only reservation kubeadm sets */
const EVICTION_MEMORY_KI = 100 * 1024;

/**
 * The Node a worker's kubelet registers at `at` and keeps posting (pkg/kubelet/kubelet_node_status.go
 * initialNode and the setters in pkg/kubelet/nodestatus/setters.go), with the TTL controller's
 * annotation (pkg/controller/ttl: 0 s up to 100 nodes). kubeadm no longer annotates the node with
 * its CRI socket (kubeadm.alpha.kubernetes.io/cri-socket): since v1.34 its NodeLocalCRISocket gate
 * is on and the socket lives in the node's /var/lib/kubelet/instance-config.yaml
 * (cmd/kubeadm/app/features/features.go).
 */
export function nodeObject(node: NodeModel, at = CLUSTER_CREATED) {
	const memoryKi = node.allocatable.memory / 1024;
	const resources = (memory: number, disk: string) => ({
		cpu: String(node.allocatable.cpu / 1000),
		'ephemeral-storage': disk,
		'hugepages-1Gi': '0',
		'hugepages-2Mi': '0',
		memory: `${memory}Ki`,
		pods: String(node.allocatable.pods)
	});
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: {
			name: node.name,
			uid: nodeUid(node.name),
			creationTimestamp: timestamp(at),
			labels: {
				'beta.kubernetes.io/arch': node.labels['kubernetes.io/arch'],
				'beta.kubernetes.io/os': node.labels['kubernetes.io/os'],
				...node.labels
			},
			annotations: {
				'node.alpha.kubernetes.io/ttl': '0',
				'volumes.kubernetes.io/controller-managed-attach-detach': 'true'
			}
		},
		spec: { podCIDR: node.podCIDR, podCIDRs: [node.podCIDR] },
		status: {
			capacity: resources(memoryKi + EVICTION_MEMORY_KI, `${DISK_KI}Ki`),
			allocatable: resources(memoryKi, String(DISK_ALLOCATABLE)),
			addresses: [
				{ type: 'InternalIP', address: node.address },
				{ type: 'Hostname', address: node.name }
			],
			conditions: healthyConditions(at, at),
			daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
			// Node status lists images by the runtime's names: repo digest and canonical tag.
			images: Object.entries(node.images).map(([canonical, size]) => {
				const ref = parseImage(canonical)!;
				return { names: [imageDigestRef(ref), canonical], sizeBytes: size };
			}),
			nodeInfo: {
				architecture: 'amd64',
				bootID: uid('cluster', `boot/${node.name}`),
				containerRuntimeVersion: 'containerd://1.7.24',
				kernelVersion: '6.8.0-51-generic',
				// deprecated: with DisableNodeKubeProxyVersion on (since v1.33, pkg/features/kube_features.go)
				// the kubelet leaves it empty (NodeInfo setter, pkg/kubelet/nodestatus/setters.go); the
				// field has no omitempty, so it still prints as ""
				kubeProxyVersion: '',
				kubeletVersion: KUBERNETES_VERSION,
				machineID: hexId('cluster', `machine/${node.name}`, 32),
				operatingSystem: 'linux',
				osImage: 'Ubuntu 24.04.1 LTS',
				systemUUID: uid('cluster', `system/${node.name}`)
			}
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
	const pod: PodObject = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name,
			namespace: w.namespace,
			uid: uid(seed, `${w.namespace}/${name}`),
			creationTimestamp: timestamp(CLUSTER_CREATED),
			labels: w.labels,
			...extra
		},
		spec: {
			containers: [w.container],
			nodeName: node.name,
			schedulerName: 'default-scheduler',
			serviceAccountName: 'default',
			...(hostNetwork ? { hostNetwork: true } : {}),
			restartPolicy: 'Always',
			...structuredClone(w.spec)
		},
		status: { phase: 'Pending' }
	};
	admitPod(pod, seed);
	prepareForCreate(pod);
	// what the kubelet reported: the container as admitted, with the token volume's mount
	pod.status = runningStatus(
		pod.spec.containers[0],
		{ podIP: hostNetwork ? node.address : podAddress(node, host), hostIP: node.address },
		{
			containerID: `containerd://${hexId(seed, `container/${w.namespace}/${name}`, 64)}`,
			imageID: imageDigestRef(ref)
		},
		CLUSTER_CREATED
	);
	observedByKubelet(pod);
	return pod;
}

/** Builds the cluster before the flow starts, writing every object through etcd. */
export function createCluster(nodeCount: number, seed: string): ClusterState {
	const etcd = createStore();
	const nodes = Array.from({ length: nodeCount }, (_, i) => makeNode(i));
	writeBaseObjects(etcd);
	const pods: PodObject[] = [];
	nodes.forEach((node, n) => {
		workloads[n % workloads.length].forEach((w, i) => {
			pods.push(existingPod(seed, node, n, w, 2 + i));
			pullImage(node, w.container.image);
		});
		pods.push(kubeProxyPod(seed, node, n));
		pullImage(node, kubeProxy().container.image);
		pullImage(node, PAUSE_IMAGE);
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
	withPodCIDR = true,
	at = CLUSTER_CREATED
): { node: KeyValue; lease: KeyValue } {
	const obj = nodeObject(node, at);
	const stored = withPodCIDR ? obj : { ...obj, spec: {} };
	const kv = put(etcd, `/registry/minions/${node.name}`, JSON.stringify(stored));
	const lease = put(
		etcd,
		leaseKey(node.name),
		JSON.stringify(leaseObject({ name: node.name, uid: obj.metadata.uid }, at))
	);
	return { node: kv, lease };
}

/** What every cluster has before any workload: namespaces, the default ServiceAccount, and the
 * `kubernetes` Service with its EndpointSlice (the apiserver's own address). */
export function writeBaseObjects(etcd: EtcdStore): void {
	const create = (key: string, obj: { metadata: object; [field: string]: unknown }) =>
		put(etcd, key, JSON.stringify(withIdentity(etcd, key, obj, CLUSTER_CREATED)));
	for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
		// the NamespaceLifecycle finalizer and the name label (pkg/registry/core/namespace/strategy.go)
		create(`/registry/namespaces/${ns}`, {
			apiVersion: 'v1',
			kind: 'Namespace',
			metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
			spec: { finalizers: ['kubernetes'] },
			status: { phase: 'Active' }
		});
	}
	create('/registry/serviceaccounts/default/default', {
		apiVersion: 'v1',
		kind: 'ServiceAccount',
		metadata: { name: 'default', namespace: 'default' }
	});
	const kubernetes = kubernetesService();
	// the apiserver's default ServiceCIDR, then its own Service's address: an IPAddress object
	// created before the Service (pkg/controlplane/controller/defaultservicecidr)
	storeDefaultServiceCIDR(etcd, CLUSTER_CREATED);
	storeIPAddress(etcd, kubernetes.spec.clusterIP, kubernetes.metadata, CLUSTER_CREATED);
	storeService(etcd, kubernetes, CLUSTER_CREATED);
	storeKubernetesEndpoints(etcd, CLUSTER_CREATED);
	storeSlice(etcd, kubernetesSlice(), CLUSTER_CREATED);
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
