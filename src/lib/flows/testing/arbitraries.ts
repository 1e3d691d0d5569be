/**
 * fast-check generators of scenarios for the property tests, and the run parameters every
 * property takes from the environment to replay a failure. Test support only.
 *
 * Sizes are mostly small so a run stays fast, and now and then reach the limits (50 nodes,
 * 50 replicas, 8 what-ifs); shrinking then takes a failure down to the smallest case.
 */
import type { ContainerScenario } from '../pod-creation/containers';
import fc from 'fast-check';
import {
	KUBECTL_GET_MAX_ACTIONS,
	KUBECTL_GET_MAX_NODES,
	KUBECTL_GET_MAX_REPLICAS,
	KUBECTL_CHUNK,
	type KubectlGetAction,
	type KubectlGetScenario
} from '$lib/flows/kubectl-get/scenario';
import { workloadOf } from '$lib/sim/serviceCluster';
import { replicaPodName } from '$lib/sim/workloads';
import { MAX_NODES, type PodScenario } from '$lib/flows/pod-creation/scenario';
import type { Taint, Toleration } from '$lib/sim/model';
import type { NodeTaint } from '$lib/flows/pod-creation/taints';
import {
	SCALE_OUT_MAX_NODES,
	SCALE_OUT_MAX_REPLICAS,
	type ScaleOutScenario
} from '$lib/flows/scale-out/scenario';
import {
	ENDINGS,
	MAX_TOLERATION_S,
	NODE_FAILURE_MAX_ACTIONS,
	NODE_FAILURE_MAX_NODES,
	NODE_FAILURE_MAX_REPLICAS,
	type NodeFailureAction,
	type NodeFailureScenario
} from '$lib/flows/node-failure/scenario';
import {
	MAX_ACTIONS,
	MAX_REPLICAS,
	RESERVED_NAME,
	SERVICE_MAX_NODES,
	type ServiceAction,
	type ServiceScenario
} from '$lib/flows/service/scenario';

/**
 * numRuns as given, unless FC_NUM_RUNS says otherwise; FC_SEED (and FC_PATH) replay the run
 * fast-check reported when a property failed.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
	const env = typeof process === 'undefined' ? {} : process.env;
	return {
		numRuns: env.FC_NUM_RUNS ? Number(env.FC_NUM_RUNS) : numRuns,
		...(env.FC_SEED ? { seed: Number(env.FC_SEED) } : {}),
		...(env.FC_PATH ? { path: env.FC_PATH } : {})
	};
}

/** An integer from min to max, nineteen times in twenty no more than `usual`. */
export function size(min: number, usual: number, max: number): fc.Arbitrary<number> {
	return fc.oneof(
		{ arbitrary: fc.integer({ min, max: usual }), weight: 19 },
		{ arbitrary: fc.integer({ min, max }), weight: 1 }
	);
}

export const seedArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

/** DNS-1035 labels (also DNS-1123 ones): pod, Deployment and Service names. */
const labelArb = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);

const Mi = 2 ** 20;

export const podScenarioArb: fc.Arbitrary<PodScenario> = fc.record({
	nodes: size(1, 4, MAX_NODES),
	// redis-0 and redis-1 already run in a cluster of 2 and 5 nodes: AlreadyExists
	name: fc.oneof(fc.constantFrom('nginx', 'redis-0', 'redis-1'), labelArb),
	// mostly the pod's; a name of its own, or one a sidecar below takes too (left out)
	containerName: fc.option(fc.constantFrom('web', 'log'), { nil: null, freq: 4 }),
	// present on some nodes, pulled, pulled every time, not found, exits at once, unknown registry
	image: fc.constantFrom(
		'nginx:1.27',
		'nginx:1.26',
		'nginx',
		'nginx:9.9',
		'busybox:1.36',
		'busybox:latest',
		'redis:7.2',
		'python:3.12-slim',
		'postgres:16',
		'ghcr.io/example/app:1.0'
	),
	// up to more than any node has: FailedScheduling
	cpu: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
	memory: fc.option(
		fc.integer({ min: 1, max: 20 * 1024 }).map((n) => n * Mi),
		{ nil: null }
	),
	// mostly none; at, above or below the request (the run drops one below it)
	cpuLimit: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null, freq: 3 }),
	memoryLimit: fc.option(
		fc.integer({ min: 1, max: 20 * 1024 }).map((n) => n * Mi),
		{ nil: null, freq: 3 }
	),
	// mostly the image's own; a sleep that keeps it running (busybox, then, does not exit)
	command: fc.option(fc.constant<string[]>(['sleep', '3600']), { nil: null, freq: 4 }),
	args: fc.option(fc.constant<string[]>(['-c', 'while true; do sleep 5; done']), {
		nil: null,
		freq: 6
	}),
	// kubectl run's run=<name>, none, or labels of its own
	labels: fc.option(fc.dictionary(labelArb, labelArb, { maxKeys: 3 }), { nil: null }),
	// mostly none; a node's hostname (pinned there), or a label no node has (FailedScheduling)
	nodeSelector: fc.oneof(
		{ arbitrary: fc.constant({}), weight: 3 },
		{
			arbitrary: fc
				.integer({ min: 1, max: 6 })
				.map((n) => ({ 'kubernetes.io/hostname': `node-${n}` })),
			weight: 1
		},
		{ arbitrary: fc.constant({ disktype: 'ssd' }), weight: 1 }
	),
	// mostly none; a node that may not exist (PodGC), with or without room (OutOfcpu)
	nodeName: fc.oneof(
		{ arbitrary: fc.constant(null), weight: 3 },
		{ arbitrary: fc.integer({ min: 1, max: 6 }).map((n) => `node-${n}`), weight: 1 }
	),
	// mostly none; the key the taints below use, with or without a value or an effect
	tolerations: fc.oneof(
		{ arbitrary: fc.constant<Toleration[]>([]), weight: 3 },
		{
			arbitrary: fc.subarray<Toleration>([
				{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
				{ key: 'dedicated', operator: 'Exists' },
				{ operator: 'Exists', effect: 'NoExecute' }
			]),
			weight: 1
		}
	),
	// mostly none; a sidecar that runs, exits at once or cannot be pulled, with requests, a name
	// taken twice (left out)
	moreContainers: fc.oneof(
		{ arbitrary: fc.constant<ContainerScenario[]>([]), weight: 3 },
		{
			arbitrary: fc.array(
				fc.record({
					name: fc.constantFrom('log', 'proxy', 'nginx'),
					image: fc.constantFrom('nginx:1.27', 'busybox:1.36', 'redis:7.2', 'nginx:9.9'),
					cpu: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null, freq: 2 }),
					memory: fc.constant(null),
					cpuLimit: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null, freq: 3 }),
					memoryLimit: fc.constant(null),
					command: fc.option(fc.constant<string[]>(['sleep', '3600']), { nil: null, freq: 3 }),
					args: fc.constant(null)
				}),
				{ minLength: 1, maxLength: 3 }
			),
			weight: 1
		}
	),
	// mostly none; init containers that succeed, keep running, cannot be pulled or fail, with a
	// request that may outgrow the containers', a name taken twice (left out)
	initContainers: fc.oneof(
		{ arbitrary: fc.constant<ContainerScenario[]>([]), weight: 3 },
		{
			arbitrary: fc.array(
				fc.record({
					name: fc.constantFrom('init-a', 'init-b', 'log'),
					image: fc.constantFrom('busybox:1.36', 'nginx:1.27', 'nginx:9.9', 'postgres:16'),
					cpu: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null, freq: 2 }),
					memory: fc.constant(null),
					cpuLimit: fc.constant(null),
					memoryLimit: fc.constant(null),
					command: fc.option(fc.constant<string[]>(['sh', '-c', 'sleep 2']), {
						nil: null,
						freq: 3
					}),
					args: fc.constant(null)
				}),
				{ minLength: 1, maxLength: 3 }
			),
			weight: 1
		}
	),
	// mostly none; on any node, a node that may not exist, repeats (skipped)
	taints: fc.oneof(
		{ arbitrary: fc.constant<NodeTaint[]>([]), weight: 2 },
		{
			arbitrary: fc.array(
				fc.record({
					node: fc.integer({ min: 1, max: 6 }).map((n) => `node-${n}`),
					key: fc.constant('dedicated'),
					value: fc.constant('gpu'),
					effect: fc.constantFrom<Taint['effect'][]>('NoSchedule', 'PreferNoSchedule')
				}),
				{ maxLength: 4 }
			),
			weight: 1
		}
	),
	seed: seedArb
});

/** A what-if; a delete names the n-th pod the ReplicaSet makes (resolved below) or none at all. */
type ActionDraft = ServiceAction | { kind: 'delete-nth'; n: number };

const actionArb: fc.Arbitrary<ActionDraft> = fc.oneof(
	{
		arbitrary: size(0, 6, MAX_REPLICAS).map((replicas) => ({ kind: 'scale' as const, replicas })),
		weight: 3
	},
	{ arbitrary: fc.nat(8).map((n) => ({ kind: 'delete-nth' as const, n })), weight: 2 },
	{ arbitrary: fc.constant({ kind: 'delete' as const, pod: 'no-such-pod' }), weight: 1 },
	{ arbitrary: fc.constant({ kind: 'add-node' as const }), weight: 1 },
	{ arbitrary: fc.constant({ kind: 'packet' as const }), weight: 1 }
);

export const serviceScenarioArb: fc.Arbitrary<ServiceScenario> = fc
	.record({
		nodes: size(1, 4, SERVICE_MAX_NODES),
		replicas: size(0, 4, MAX_REPLICAS),
		port: fc.integer({ min: 1, max: 65535 }),
		targetPort: fc.integer({ min: 1, max: 65535 }),
		name: fc.oneof(
			fc.constant('web'),
			labelArb.filter((n) => n !== RESERVED_NAME)
		),
		seed: seedArb,
		actions: fc.oneof(
			{ arbitrary: fc.array(actionArb, { maxLength: 3 }), weight: 4 },
			{ arbitrary: fc.array(actionArb, { minLength: 4, maxLength: MAX_ACTIONS }), weight: 1 }
		)
	})
	.map(({ actions, ...s }) => ({
		...s,
		actions: actions.map((a): ServiceAction =>
			a.kind === 'delete-nth'
				? { kind: 'delete', pod: replicaPodName(s.seed, workloadOf(s), a.n) }
				: a
		)
	}));

const nodeFailureActionArb: fc.Arbitrary<NodeFailureAction> = fc.oneof(
	fc.constantFrom(...ENDINGS).map((kind) => ({ kind })),
	fc.constant({ kind: 'statefulset' as const }),
	size(0, 400, MAX_TOLERATION_S).map((seconds) => ({ kind: 'toleration' as const, seconds }))
);

/**
 * Node-failure scenarios: any node may fail, now and then one the cluster does not have; up to
 * three what-ifs in any order, repeats and a second ending included (the run skips those).
 */
export const nodeFailureScenarioArb: fc.Arbitrary<NodeFailureScenario> = fc
	.record({
		nodes: size(1, 5, NODE_FAILURE_MAX_NODES),
		replicas: size(0, 6, NODE_FAILURE_MAX_REPLICAS),
		failAt: fc.integer({ min: 1, max: 51 }),
		seed: seedArb,
		actions: fc.array(nodeFailureActionArb, { maxLength: NODE_FAILURE_MAX_ACTIONS })
	})
	.map(({ failAt, ...s }) => ({
		...s,
		// mostly a node of the cluster, sometimes one past it (reported, another fails); never past
		// the most a link can name (node-50), which the link would refuse instead
		fail: `node-${Math.min(
			NODE_FAILURE_MAX_NODES,
			failAt <= s.nodes + 1 ? failAt : 1 + (failAt % (s.nodes + 1))
		)}`
	}));

/** Scale-out scenarios: requests from none to more than any node has, `to` now and then not above `from`. */
export const scaleOutScenarioArb: fc.Arbitrary<ScaleOutScenario> = fc.record({
	nodes: size(1, 4, SCALE_OUT_MAX_NODES),
	cpu: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 6000 })),
	from: size(0, 4, SCALE_OUT_MAX_REPLICAS),
	to: size(1, 10, SCALE_OUT_MAX_REPLICAS),
	seed: seedArb
});

/** kubectl-get scenarios: small and large clusters, any what-ifs in any order, repeats included (the run skips those). */
export const kubectlGetScenarioArb: fc.Arbitrary<KubectlGetScenario> = fc.record({
	nodes: size(1, 4, KUBECTL_GET_MAX_NODES),
	replicas: size(0, 6, KUBECTL_GET_MAX_REPLICAS),
	seed: seedArb,
	actions: fc.array(
		fc.oneof(
			fc.constant<KubectlGetAction>({ kind: 'watch-only' }),
			fc.constant<KubectlGetAction>({ kind: 'rv0' }),
			fc
				.integer({ min: 1, max: KUBECTL_CHUNK })
				.map((size): KubectlGetAction => ({ kind: 'pages', size }))
		),
		{ maxLength: KUBECTL_GET_MAX_ACTIONS }
	)
});
