/**
 * The Service flow's starting cluster: N worker nodes, a Deployment with R replicas spread over
 * them, a client pod, and kube-proxy on every node (DaemonSet kube-system/kube-proxy). Only the
 * `kubernetes` Service exists yet: the flow exposes the Deployment.
 */
import {
	existingPod,
	kubeProxy,
	kubeProxyPod,
	KUBE_PROXY_TEMPLATE_TOLERATIONS,
	pullImage,
	registerNode,
	writeBaseObjects,
	type ClusterState,
	type Workload as PlacedWorkload
} from './cluster';
import { createStore, put } from './etcd';
import { uid } from './ids';
import { affinityNodeName, type NodeModel, type PodObject } from './model';
import { encodePodSpec, listPods, storePod } from './podCodec';
import { prepareForCreate } from './podStatus';
import { CLUSTER_CREATED, timestamp } from './time';
import { KUBE_PROXY_IMAGE, PAUSE_IMAGE } from './version';
import { workloadOf } from './workload';
import { makeNode } from './workerNode';
import {
	backendContainer,
	CLIENT_IMAGE,
	replicaPodName,
	replicaSetName,
	storeDeployment,
	storeReplicaSet
} from './workloads';

export interface ServiceClusterSpec {
	nodes: number;
	replicas: number;
	/** the Deployment's name, and so the Service's */
	name: string;
	targetPort: number;
	seed: string;
}

export const CLIENT_POD = 'client';

export { workloadOf };

const ownerRef = (apiVersion: string, kind: string, name: string, id: string) => ({
	ownerReferences: [{ apiVersion, kind, name, uid: id, controller: true, blockOwnerDeletion: true }]
});

/**
 * The kube-proxy pod the DaemonSet controller creates for a node that joined: not bound, pinned
 * to the node by required node affinity on metadata.name, for the default scheduler to bind.
 */
export function kubeProxyPodFor(seed: string, node: NodeModel, n: number, at: number): PodObject {
	const pod = kubeProxyPod(seed, node, n);
	pod.spec.nodeName = undefined;
	pod.metadata.creationTimestamp = timestamp(at);
	prepareForCreate(pod);
	return pod;
}

/** The kube-proxy pod of a node: bound there, or created for it and waiting to be bound. */
export function kubeProxyPodOn(state: ClusterState, node: string): PodObject | undefined {
	return listPods(state).find(
		(p) =>
			p.metadata.labels?.['k8s-app'] === 'kube-proxy' &&
			(p.spec.nodeName ?? affinityNodeName(p)) === node
	);
}

/**
 * The DaemonSet kubeadm writes (cmd/kubeadm/app/phases/addons/proxy/manifests.go) with the
 * scheme's defaults (pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet), its status as the
 * DaemonSet controller last wrote it: every node runs its pod.
 */
export function kubeProxyDaemonSet(seed: string, nodes: number) {
	const w = kubeProxy();
	const labels = { 'k8s-app': 'kube-proxy' };
	return {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		metadata: {
			name: 'kube-proxy',
			namespace: 'kube-system',
			uid: uid(seed, 'ds/kube-system/kube-proxy'),
			creationTimestamp: timestamp(CLUSTER_CREATED),
			generation: 1,
			annotations: { 'deprecated.daemonset.template.generation': '1' },
			labels
		},
		spec: {
			revisionHistoryLimit: 10,
			selector: { matchLabels: labels },
			template: {
				metadata: { labels },
				spec: encodePodSpec({
					...w.spec,
					// the template's own; the controller adds the rest to each pod
					tolerations: KUBE_PROXY_TEMPLATE_TOLERATIONS,
					hostNetwork: true,
					serviceAccountName: 'kube-proxy',
					containers: [w.container]
				})
			},
			updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' }
		},
		status: {
			currentNumberScheduled: nodes,
			desiredNumberScheduled: nodes,
			numberAvailable: nodes,
			numberMisscheduled: 0,
			numberReady: nodes,
			observedGeneration: 1,
			updatedNumberScheduled: nodes
		}
	};
}

export function createServiceCluster(spec: ServiceClusterSpec): ClusterState {
	const { seed } = spec;
	const etcd = createStore();
	const state: ClusterState = { seed, nodes: [], etcd, clock: 0, eventSeq: 0 };
	const nodes = Array.from({ length: spec.nodes }, (_, i) => makeNode(i));
	state.nodes = nodes;
	writeBaseObjects(etcd);
	const w = workloadOf(spec);
	storeDeployment(state, w, spec.replicas);
	storeReplicaSet(state, w, spec.replicas);
	put(
		etcd,
		'/registry/daemonsets/kube-system/kube-proxy',
		JSON.stringify(kubeProxyDaemonSet(seed, spec.nodes))
	);
	// pods per node so far: host-local IPAM hands out .2, .3, … in order
	const hosts = nodes.map(() => 2);
	const pods: PodObject[] = [];
	const place = (n: number, workload: PlacedWorkload, extra: Partial<PodObject['metadata']>) => {
		pods.push(existingPod(seed, nodes[n], n, workload, hosts[n]++, extra));
		pullImage(nodes[n], workload.container.image);
	};
	nodes.forEach((node, n) => {
		pods.push(kubeProxyPod(seed, node, n));
		pullImage(node, KUBE_PROXY_IMAGE);
		pullImage(node, PAUSE_IMAGE);
		registerNode(etcd, node);
	});
	const rs = replicaSetName(w);
	for (let i = 0; i < spec.replicas; i++) {
		place(
			i % nodes.length,
			{
				namespace: 'default',
				name: () => replicaPodName(seed, w, i),
				container: backendContainer(w),
				labels: { app: w.name, 'pod-template-hash': w.hash }
			},
			{
				generateName: `${rs}-`,
				...ownerRef('apps/v1', 'ReplicaSet', rs, uid(seed, `rs/${rs}`))
			}
		);
	}
	// The client sits on the last node: with replicas spread from node-1 on, most of its packets
	// have to leave it.
	place(
		nodes.length - 1,
		{
			namespace: 'default',
			name: () => CLIENT_POD,
			container: { name: CLIENT_POD, image: CLIENT_IMAGE, args: ['sleep', '3600'] },
			labels: { run: CLIENT_POD }
		},
		{}
	);
	for (const pod of pods) storePod(etcd, pod);
	return state;
}
