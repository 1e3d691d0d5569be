/**
 * One scenario per branch each flow's story can take (the happy path, each failure, each
 * what-if, small and large clusters), for specs that check something of every step a person
 * can reach: its narration, its pacing.
 */
import { containerScenario } from '../pod-creation/containers';
import { defaultScaleOutScenario, type ScaleOutScenario } from '../scale-out/scenario';
import { defaultPodScenario, type PodScenario } from '../pod-creation/scenario';
import type { Taint } from '$lib/sim/model';
import { defaultServiceScenario, type ServiceScenario } from '../service/scenario';
import { serviceTimeline } from '../service/timeline';
import { defaultNodeFailureScenario, type NodeFailureScenario } from '../node-failure/scenario';
import { defaultKubectlGetScenario, type KubectlGetScenario } from '../kubectl-get/scenario';

const pod = (over: Partial<PodScenario>): PodScenario => ({ ...defaultPodScenario, ...over });
const gpuTaint = (node: string, effect: Taint['effect']) => ({
	node,
	key: 'dedicated',
	value: 'gpu',
	effect
});
export const podBranches: Record<string, PodScenario> = {
	happy: pod({}),
	present: pod({ image: 'nginx:1.26' }),
	failedScheduling: pod({ cpu: 8000 }),
	imagePull: pod({ image: 'nginx:9.9' }),
	pullAccessDenied: pod({ image: 'nginxx:1.0' }),
	alwaysPull: pod({ image: 'busybox:latest', nodes: 1 }),
	latest: pod({ image: 'busybox:latest' }),
	completed: pod({ image: 'busybox:1.36' }),
	error: pod({ image: 'postgres:16' }),
	alreadyExists: pod({ name: 'redis-0' }),
	requests: pod({ cpu: 500, memory: 256 * 1024 * 1024 }),
	nodes2: pod({ nodes: 2 }),
	nodes10: pod({ nodes: 10 }),
	pinned: pod({ nodeName: 'node-2' }),
	pinnedOutOfCpu: pod({ nodeName: 'node-2', cpu: 8000 }),
	pinnedSelectorMiss: pod({ nodeName: 'node-2', nodeSelector: { disktype: 'ssd' } }),
	orphan: pod({ nodeName: 'node-9' }),
	tainted: pod({ taints: [1, 2, 3].map((n) => gpuTaint(`node-${n}`, 'NoSchedule')) }),
	tolerated: pod({
		taints: [1, 2, 3].map((n) => gpuTaint(`node-${n}`, 'NoSchedule')),
		tolerations: [{ key: 'dedicated', operator: 'Exists' }]
	}),
	preferNot: pod({ taints: [gpuTaint('node-2', 'PreferNoSchedule')] }),
	pinnedNoSchedule: pod({ nodeName: 'node-2', taints: [gpuTaint('node-2', 'NoSchedule')] }),
	guaranteed: pod({ cpuLimit: 500, memoryLimit: 128 * 1024 * 1024 }),
	sidecar: pod({ moreContainers: [containerScenario('log', 'redis:7.2')] }),
	sidecarExits: pod({ moreContainers: [containerScenario('shell', 'busybox:1.36')] }),
	sidecarPullFails: pod({ moreContainers: [containerScenario('log', 'nginx:9.9')] }),
	sidecarPullFailsAndExits: pod({
		moreContainers: [
			containerScenario('log', 'nginx:9.9'),
			containerScenario('shell', 'busybox:1.36')
		]
	})
};

const svc = (over: Partial<ServiceScenario>): ServiceScenario => ({
	...defaultServiceScenario,
	...over
});
/** A web pod that exists at the end of the default Service flow, to delete. */
export const firstBackend = () =>
	Object.keys(serviceTimeline(defaultServiceScenario).steps.at(-1)!.snapshot.etcd.kvs)
		.find((k) => k.startsWith('/registry/pods/default/web-'))!
		.split('/')
		.at(-1)!;
export const serviceBranches: Record<string, ServiceScenario> = {
	happy: svc({}),
	noEndpoints: svc({ replicas: 0 }),
	oneNode: svc({ nodes: 1 }),
	oneReplica: svc({ replicas: 1 }),
	scaleDownToZero: svc({ actions: [{ kind: 'scale', replicas: 0 }, { kind: 'packet' }] }),
	scaleDown: svc({ actions: [{ kind: 'scale', replicas: 2 }] }),
	scaleUp: svc({ actions: [{ kind: 'scale', replicas: 5 }, { kind: 'packet' }] }),
	scaleUpFromZero: svc({ replicas: 0, actions: [{ kind: 'scale', replicas: 1 }] }),
	sameScale: svc({ actions: [{ kind: 'scale', replicas: 3 }] }),
	addNode: svc({ actions: [{ kind: 'add-node' }] }),
	deletePod: svc({ actions: [{ kind: 'delete', pod: firstBackend() }] }),
	packets: svc({ actions: [{ kind: 'packet' }, { kind: 'packet' }, { kind: 'packet' }] }),
	full: svc({ nodes: 1, actions: [{ kind: 'scale', replicas: 50 }] })
};

const nf = (over: Partial<NodeFailureScenario>): NodeFailureScenario => ({
	...defaultNodeFailureScenario,
	...over
});
export const nodeFailureBranches: Record<string, NodeFailureScenario> = {
	happy: nf({}),
	clientNode: nf({ fail: 'node-3' }),
	firstNode: nf({ fail: 'node-1' }),
	oneNode: nf({ nodes: 1, replicas: 1, fail: 'node-1' }),
	noReplicas: nf({ replicas: 0, fail: 'node-1' }),
	emptyNode: nf({ nodes: 4, replicas: 1, fail: 'node-3' }),
	manyReplicas: nf({ replicas: 9 }),
	nodes10: nf({ nodes: 10, replicas: 10, fail: 'node-7' }),
	recover: nf({ actions: [{ kind: 'recover' }] }),
	deleteNode: nf({ actions: [{ kind: 'delete-node' }] }),
	outOfService: nf({ actions: [{ kind: 'out-of-service' }] }),
	shortToleration: nf({ actions: [{ kind: 'toleration', seconds: 60 }] }),
	statefulRecover: nf({ actions: [{ kind: 'statefulset' }, { kind: 'recover' }] }),
	// two eviction rounds (web at 60 s, db-0 at 300 s), then the pod GC's orphans
	twoRounds: nf({
		actions: [{ kind: 'toleration', seconds: 60 }, { kind: 'statefulset' }, { kind: 'delete-node' }]
	}),
	statefulOutOfService: nf({ actions: [{ kind: 'statefulset' }, { kind: 'out-of-service' }] }),
	// master disruption mode: nothing evicted, so the endings meet pods that were never deleted
	oneNodeRecover: nf({ nodes: 1, replicas: 1, fail: 'node-1', actions: [{ kind: 'recover' }] }),
	oneNodeDelete: nf({ nodes: 1, replicas: 1, fail: 'node-1', actions: [{ kind: 'delete-node' }] }),
	oneNodeOutOfService: nf({
		nodes: 1,
		replicas: 1,
		fail: 'node-1',
		actions: [{ kind: 'out-of-service' }]
	})
};

const so = (over: Partial<ScaleOutScenario>): ScaleOutScenario => ({
	...defaultScaleOutScenario,
	...over
});
export const scaleOutBranches: Record<string, ScaleOutScenario> = {
	happy: so({}),
	// everything fits: no node joins
	noRequest: so({ cpu: null }),
	// the new node takes one of two
	partly: so({ cpu: 1500, to: 6 }),
	// the new node is too small: no retry, the scale-down removes the Pending pods first
	tooBig: so({ nodes: 1, cpu: 3000, from: 0, to: 3 }),
	oneNode: so({ nodes: 1, from: 1, to: 4 }),
	toOne: so({ from: 0, to: 1 }),
	// `to` not above `from`: the default target is used
	notMore: so({ from: 9, to: 3 })
};

const kg = (over: Partial<KubectlGetScenario>): KubectlGetScenario => ({
	...defaultKubectlGetScenario,
	...over
});
export const kubectlGetBranches: Record<string, KubectlGetScenario> = {
	happy: kg({}),
	// every what-if, in pages that need three more requests
	everyWhatIf: kg({
		actions: [{ kind: 'watch-only' }, { kind: 'rv0' }, { kind: 'pages', size: 2 }]
	}),
	// the what-ifs in another order: the list in pages right after the story, one page only
	onePage: kg({ actions: [{ kind: 'pages', size: 500 }, { kind: 'watch-only' }] }),
	// the client pod alone, on one node
	empty: kg({ nodes: 1, replicas: 0, actions: [{ kind: 'rv0' }] }),
	large: kg({ nodes: 7, replicas: 20, actions: [{ kind: 'pages', size: 7 }] }),
	// one node full of web: the new pod finds no room and stays Pending
	noRoom: kg({ nodes: 1, replicas: 40, actions: [{ kind: 'watch-only' }] })
};
