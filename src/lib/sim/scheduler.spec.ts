import { describe, it, expect } from 'vitest';
import type { PodObject, Taint, Toleration } from './model';
import { Gi, Mi, info, node, pod, withRequests } from './testing/podFixtures';
import { createRng } from './rng';
import {
	NO_NODES_AVAILABLE,
	REASON_INSUFFICIENT_CPU,
	REASON_INSUFFICIENT_MEMORY,
	REASON_NODE_SELECTOR,
	REASON_TOO_MANY_PODS,
	REASON_UNSCHEDULABLE,
	balancedAllocationScore,
	defaultNormalizeScore,
	imageLocalityScore,
	imagePriority,
	intolerablePreferNoScheduleCount,
	leastAllocatedScore,
	normalizedImageName,
	reasonHistogram,
	schedule,
	selectHost,
	toleratesTaint,
	topologySpreadScores,
	type NodeInfo
} from './scheduler';

const MB = Mi;

const CONTROL_PLANE_TAINT: Taint = {
	key: 'node-role.kubernetes.io/control-plane',
	effect: 'NoSchedule'
};

/** A rand that must never be called: proves a code path draws no random number. */
const noRand = (): number => {
	throw new Error('rand must not be called');
};

describe('NodeResourcesFit LeastAllocated', () => {
	const worked = info(node('n'), [withRequests('existing', 1000, 2 * Gi)]);

	it.each([
		{ name: 'reference worked example', pod: withRequests('p', 500, Gi), node: worked, want: 62 },
		{
			name: 'empty node, same pod',
			pod: withRequests('p', 500, Gi),
			node: info(node('n')),
			want: 87
		},
		// 100m / 200Mi defaults: cpu (4000-100)/4000 → 97, memory (8192-200)/8192 → 97
		{ name: 'pod without requests', pod: pod('p'), node: info(node('n')), want: 97 },
		// existing pod without requests also counts 100m / 200Mi
		{ name: 'both without requests', pod: pod('p'), node: info(node('n'), [pod('e')]), want: 95 },
		// an explicit 0 is a request, not a missing one
		{
			name: 'explicit zero requests',
			pod: withRequests('p', 0, 0),
			node: info(node('n')),
			want: 100
		},
		// only memory missing: cpu 500 → 87, memory 200Mi → 97, (87+97)/2 = 92
		{
			name: 'memory request missing',
			pod: withRequests('p', 500),
			node: info(node('n')),
			want: 92
		},
		// over-committed by defaults: resource scores clamp to 0
		{
			name: 'requested above allocatable',
			pod: pod('p'),
			node: info(node('n', { allocatable: { cpu: 50, memory: 100 * Mi, pods: 110 } })),
			want: 0
		}
	])('$name → $want', ({ pod: p, node: n, want }) => {
		expect(leastAllocatedScore(p, n)).toBe(want);
	});
});

describe('NodeResourcesBalancedAllocation', () => {
	it.each([
		{
			name: 'reference worked example (both fractions 0.375)',
			pod: withRequests('p', 500, Gi),
			pods: [withRequests('e', 1000, 2 * Gi)],
			want: 100
		},
		// cpu 0.25, memory 0 → std 0.125 → 87.5 → 87
		{ name: 'cpu only', pod: withRequests('p', 1000), pods: [], want: 87 },
		// real requests: the existing best-effort pod adds nothing
		{ name: 'ignores non-zero defaults', pod: withRequests('p', 1000), pods: [pod('e')], want: 87 },
		// cpu clamps at 1, memory 0.5 → std 0.25 → 75
		{ name: 'fraction capped at 1', pod: withRequests('p', 8000, 4 * Gi), pods: [], want: 75 }
	])('$name → $want', ({ pod: p, pods, want }) => {
		expect(balancedAllocationScore(p, info(node('n'), pods))).toBe(want);
	});
});

describe('TaintToleration scoring', () => {
	it.each([
		{ raw: [0, 1, 2], reverse: true, want: [100, 50, 0] },
		{ raw: [0, 0, 0], reverse: true, want: [100, 100, 100] },
		{ raw: [1, 3], reverse: true, want: [67, 0] },
		{ raw: [0, 0], reverse: false, want: [0, 0] },
		{ raw: [1, 3], reverse: false, want: [33, 100] }
	])('DefaultNormalizeScore($raw, reverse=$reverse) → $want', ({ raw, reverse, want }) => {
		expect(defaultNormalizeScore(raw, reverse)).toEqual(want);
	});

	const prefer = (key: string, value?: string): Taint => ({
		key,
		value,
		effect: 'PreferNoSchedule'
	});
	it.each([
		{ name: 'no taints', taints: [], tolerations: [], want: 0 },
		{ name: 'two prefer taints', taints: [prefer('a'), prefer('b')], tolerations: [], want: 2 },
		{ name: 'hard taints do not count', taints: [CONTROL_PLANE_TAINT], tolerations: [], want: 0 },
		{
			name: 'Exists with empty key tolerates all',
			taints: [prefer('a'), prefer('b')],
			tolerations: [{ operator: 'Exists' }],
			want: 0
		},
		{
			name: 'Equal matches key and value',
			taints: [prefer('a', 'x'), prefer('b', 'y')],
			tolerations: [{ key: 'a', operator: 'Equal', value: 'x' }],
			want: 1
		},
		{
			name: 'a NoSchedule-only toleration is ignored for scoring',
			taints: [prefer('a')],
			tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoSchedule' }],
			want: 1
		}
	] satisfies { name: string; taints: Taint[]; tolerations: Toleration[]; want: number }[])(
		'$name → $want',
		({ taints, tolerations, want }) => {
			const p = pod('p', [{}], { tolerations });
			expect(intolerablePreferNoScheduleCount(p, node('n', { taints }))).toBe(want);
		}
	);

	it('reverse-normalizes across feasible nodes and weighs 3', () => {
		const nodes = [
			info(node('clean')),
			info(node('one', { taints: [prefer('a')] })),
			info(node('two', { taints: [prefer('a'), prefer('b')] }))
		];
		const result = schedule(pod('p'), nodes, createRng('t'));
		const taint = result.evaluations.map((e) =>
			e.scores.find((s) => s.plugin === 'TaintToleration')
		);
		expect(taint.map((s) => [s?.raw, s?.normalized, s?.weighted])).toEqual([
			[0, 100, 300],
			[1, 50, 150],
			[2, 0, 0]
		]);
		expect(result.winner).toBe('clean');
	});
});

describe('ImageLocality', () => {
	it.each([
		['nginx', 'nginx:latest'],
		['nginx:1.27', 'nginx:1.27'],
		['registry:5000/app', 'registry:5000/app:latest'],
		['registry:5000/app:v1', 'registry:5000/app:v1'],
		['nginx@sha256:abc', 'nginx@sha256:abc']
	])('normalizedImageName(%s) → %s', (name, want) => {
		expect(normalizedImageName(name)).toBe(want);
	});

	it.each([
		{ sum: 0, containers: 1, want: 0 },
		{ sum: 23 * MB, containers: 1, want: 0 },
		{ sum: 200 * MB, containers: 1, want: 18 },
		{ sum: 1000 * MB, containers: 1, want: 100 },
		{ sum: 2000 * MB, containers: 1, want: 100 },
		// max threshold grows with the container count
		{ sum: 1000 * MB, containers: 2, want: 49 }
	])('calculatePriority($sum, $containers) → $want', ({ sum, containers, want }) => {
		expect(imagePriority(sum, containers)).toBe(want);
	});

	const withImage = (name: string, images: Record<string, number>) => node(name, { images });
	it.each([
		{
			name: 'image absent',
			image: 'nginx:1.27',
			nodes: [withImage('a', {}), withImage('b', { 'nginx:1.27': 200 * MB })],
			want: 0
		},
		{
			// 200MB × 1/3 = 69905066 bytes → 100·(69905066−23MB)/(1000MB−23MB) = 4
			name: 'image on one node of three',
			image: 'nginx:1.27',
			nodes: [withImage('a', { 'nginx:1.27': 200 * MB }), withImage('b', {}), withImage('c', {})],
			want: 4
		},
		{
			name: 'image on every node',
			image: 'nginx:1.27',
			nodes: ['a', 'b', 'c'].map((n) => withImage(n, { 'nginx:1.27': 200 * MB })),
			want: 18
		},
		{
			name: 'untagged pod image matches :latest',
			image: 'nginx',
			nodes: [withImage('a', { 'nginx:latest': 200 * MB })],
			want: 18
		},
		{
			name: 'untagged pod image does not match another tag',
			image: 'nginx',
			nodes: [withImage('a', { 'nginx:1.27': 200 * MB })],
			want: 0
		}
	])('$name → $want', ({ image, nodes, want }) => {
		const all = nodes.map((n) => info(n));
		expect(imageLocalityScore(pod('p', [{ image }]), all[0], all)).toBe(want);
	});

	it('adds up several containers against the larger threshold', () => {
		const n = info(node('a', { images: { 'app:v1': 700 * MB, 'sidecar:v1': 300 * MB } }));
		const other = info(node('b', { images: { 'sidecar:v1': 300 * MB } }));
		const p = pod('p', [{ image: 'app:v1' }, { image: 'sidecar:v1' }]);
		// 700MB·1/2 + 300MB·2/2 = 650MB; 100·(650−23)/(2000−23) = 31
		expect(imageLocalityScore(p, n, [n, other])).toBe(31);
	});

	it('counts an init container’s image, and the init container among the containers', () => {
		const n = info(node('a', { images: { 'app:v1': 700 * MB, 'sidecar:v1': 300 * MB } }));
		const other = info(node('b', { images: { 'sidecar:v1': 300 * MB } }));
		const p = pod('p', [{ image: 'app:v1' }], {
			initContainers: [{ name: 'init', image: 'sidecar:v1' }]
		});
		// the same sum and count as two containers (image_locality.go sumImageScores)
		expect(imageLocalityScore(p, n, [n, other])).toBe(31);
	});
});

describe('filters', () => {
	const tolerate = (t: Toleration): Partial<PodObject['spec']> => ({ tolerations: [t] });
	const small = { cpu: 1000, memory: 1 * Gi, pods: 110 };

	it.each([
		{
			name: 'cordoned node',
			node: node('n', { unschedulable: true }),
			pod: pod('p'),
			plugins: ['NodeUnschedulable'],
			reasons: [REASON_UNSCHEDULABLE]
		},
		{
			name: 'cordoned node, pod tolerates the unschedulable taint',
			node: node('n', { unschedulable: true }),
			pod: pod(
				'p',
				[{}],
				tolerate({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists' })
			),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: []
		},
		{
			name: 'control-plane taint (empty value)',
			node: node('n', { taints: [CONTROL_PLANE_TAINT] }),
			pod: pod('p'),
			plugins: ['NodeUnschedulable', 'TaintToleration'],
			reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']
		},
		{
			name: 'taint with a value, first untolerated one reported',
			node: node('n', {
				taints: [
					{ key: 'soft', effect: 'PreferNoSchedule' },
					{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
					{ key: 'other', effect: 'NoExecute' }
				]
			}),
			pod: pod('p'),
			plugins: ['NodeUnschedulable', 'TaintToleration'],
			reasons: ['node(s) had untolerated taint {dedicated: gpu}']
		},
		{
			name: 'NoExecute taint blocks too',
			node: node('n', { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] }),
			pod: pod('p'),
			plugins: ['NodeUnschedulable', 'TaintToleration'],
			reasons: ['node(s) had untolerated taint {node.kubernetes.io/not-ready: }']
		},
		{
			name: 'PreferNoSchedule taint does not filter',
			node: node('n', { taints: [{ key: 'soft', effect: 'PreferNoSchedule' }] }),
			pod: pod('p'),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: []
		},
		{
			name: 'Equal toleration with a different value does not tolerate',
			node: node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
			pod: pod('p', [{}], tolerate({ key: 'dedicated', operator: 'Equal', value: 'db' })),
			plugins: ['NodeUnschedulable', 'TaintToleration'],
			reasons: ['node(s) had untolerated taint {dedicated: gpu}']
		},
		{
			name: 'nodeSelector mismatch',
			node: node('n', { labels: { disktype: 'hdd' } }),
			pod: pod('p', [{}], { nodeSelector: { disktype: 'ssd' } }),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity'],
			reasons: [REASON_NODE_SELECTOR]
		},
		{
			name: 'nodeSelector key missing',
			node: node('n', { labels: {} }),
			pod: pod('p', [{}], { nodeSelector: { disktype: '' } }),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity'],
			reasons: [REASON_NODE_SELECTOR]
		},
		{
			name: 'DaemonSet node affinity (matchFields metadata.name) names another node',
			node: node('n'),
			pod: pod('p', [{}], {
				affinity: {
					nodeAffinity: {
						requiredDuringSchedulingIgnoredDuringExecution: {
							nodeSelectorTerms: [
								{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['other'] }] }
							]
						}
					}
				}
			}),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity'],
			reasons: [REASON_NODE_SELECTOR]
		},
		{
			name: 'insufficient cpu',
			node: node('n', { allocatable: small }),
			pod: withRequests('p', 1500, 100 * Mi),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: [REASON_INSUFFICIENT_CPU]
		},
		{
			name: 'insufficient memory',
			node: node('n', { allocatable: small }),
			pod: withRequests('p', 100, 2 * Gi),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: [REASON_INSUFFICIENT_MEMORY]
		},
		{
			name: 'pods, cpu and memory at once, in fit.go order',
			node: node('n', { allocatable: { ...small, pods: 0 } }),
			pod: withRequests('p', 1500, 2 * Gi),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: [REASON_TOO_MANY_PODS, REASON_INSUFFICIENT_CPU, REASON_INSUFFICIENT_MEMORY]
		},
		{
			name: 'best-effort pod only needs a pod slot',
			node: node('n', { allocatable: { cpu: 0, memory: 0, pods: 110 } }),
			pod: pod('p'),
			plugins: ['NodeUnschedulable', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'],
			reasons: []
		},
		{
			name: 'stops at the first failing plugin',
			node: node('n', {
				unschedulable: true,
				taints: [CONTROL_PLANE_TAINT],
				labels: {},
				allocatable: { cpu: 0, memory: 0, pods: 0 }
			}),
			pod: withRequests('p', 1000, Gi),
			plugins: ['NodeUnschedulable'],
			reasons: [REASON_UNSCHEDULABLE]
		}
	])('$name', ({ node: n, pod: p, plugins, reasons }) => {
		const [evaluation] = schedule(p, [info(n)], noRand).evaluations;
		expect(evaluation.filters.map((f) => f.plugin)).toEqual(plugins);
		expect(evaluation.filters.flatMap((f) => f.reasons)).toEqual(reasons);
		expect(evaluation.feasible).toBe(reasons.length === 0);
		expect(
			evaluation.filters.every(
				(f, i) => f.passed === (i < plugins.length - 1 || reasons.length === 0)
			)
		).toBe(true);
	});

	it('counts bound pods against cpu, memory and the pod limit', () => {
		const n = node('n', { allocatable: { cpu: 1000, memory: 1 * Gi, pods: 2 } });
		const bound = [withRequests('a', 600, 512 * Mi), withRequests('b', 300, 256 * Mi)];
		const [evaluation] = schedule(
			withRequests('p', 200, 300 * Mi),
			[info(n, bound)],
			noRand
		).evaluations;
		expect(evaluation.filters.at(-1)?.reasons).toEqual([
			REASON_TOO_MANY_PODS,
			REASON_INSUFFICIENT_CPU,
			REASON_INSUFFICIENT_MEMORY
		]);
	});

	it.each([
		{ toleration: { operator: 'Exists' }, taint: CONTROL_PLANE_TAINT, want: true },
		{
			toleration: { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' },
			taint: CONTROL_PLANE_TAINT,
			want: true
		},
		{
			toleration: { key: 'node-role.kubernetes.io/control-plane' },
			taint: CONTROL_PLANE_TAINT,
			want: true
		},
		{ toleration: { key: 'other', operator: 'Exists' }, taint: CONTROL_PLANE_TAINT, want: false },
		{
			toleration: { operator: 'Exists', effect: 'NoExecute' },
			taint: CONTROL_PLANE_TAINT,
			want: false
		},
		{
			toleration: { key: 'k', operator: 'Equal', value: 'v' },
			taint: { key: 'k', value: 'v', effect: 'NoSchedule' },
			want: true
		},
		{
			toleration: { key: 'k', operator: 'Equal', value: 'v' },
			taint: { key: 'k', effect: 'NoSchedule' },
			want: false
		}
	] satisfies { toleration: Toleration; taint: Taint; want: boolean }[])(
		'toleratesTaint($toleration, $taint.key) → $want',
		({ toleration, taint, want }) => {
			expect(toleratesTaint(toleration, taint)).toBe(want);
		}
	);
});

describe('FitError', () => {
	const tiny = { cpu: 1000, memory: 8 * Gi, pods: 110 };

	it('reference example: all nodes lack cpu', () => {
		const nodes = ['node01', 'node02', 'node03'].map((n) => info(node(n, { allocatable: tiny })));
		const result = schedule(withRequests('p', 2000), nodes, noRand);
		expect(result.winner).toBeNull();
		expect(result.feasible).toEqual([]);
		expect(result.fitError).toBe(
			'0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..'
		);
	});

	it('reference example: tainted control plane and two full workers', () => {
		const nodes = [
			info(node('node01', { allocatable: tiny, taints: [CONTROL_PLANE_TAINT] })),
			info(node('node02', { allocatable: tiny })),
			info(node('node03', { allocatable: tiny }))
		];
		expect(schedule(withRequests('p', 2000), nodes, noRand).fitError).toBe(
			'0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod..'
		);
	});

	it('counts every reason of a node and sorts like sort.Strings', () => {
		const nodes = [
			...Array.from({ length: 10 }, (_, i) => info(node(`w${i}`, { allocatable: tiny }))),
			info(node('big', { allocatable: { cpu: 4000, memory: 1 * Gi, pods: 110 } })),
			info(node('cordoned', { unschedulable: true }))
		];
		expect(schedule(withRequests('p', 2000, 2 * Gi), nodes, noRand).fitError).toBe(
			'0/12 nodes are available: 1 Insufficient memory, 1 node(s) were unschedulable, 10 Insufficient cpu. preemption: 0/12 nodes are available: 1 Preemption is not helpful for scheduling, 11 No preemption victims found for incoming pod..'
		);
	});

	it.each([
		{ reasons: [['b'], ['a'], ['b']], want: '1 a, 2 b' },
		{
			reasons: [['Insufficient cpu', 'Insufficient memory'], ['Insufficient cpu']],
			want: '1 Insufficient memory, 2 Insufficient cpu'
		},
		{ reasons: [['x'], ['x'], ['Y']], want: '1 Y, 2 x' }
	])('histogram $reasons → $want', ({ reasons, want }) => {
		expect(reasonHistogram(reasons)).toBe(want);
	});

	it('reports ErrNoNodesAvailable when there is no node at all', () => {
		expect(schedule(pod('p'), [], noRand)).toEqual({
			evaluations: [],
			feasible: [],
			winner: null,
			tiedAtTop: [],
			fitError: NO_NODES_AVAILABLE
		});
	});
});

describe('scoring and selectHost', () => {
	it('scores the worked example against an empty node', () => {
		const nodes = [info(node('busy'), [withRequests('e', 1000, 2 * Gi)]), info(node('idle'))];
		const result = schedule(withRequests('p', 500, Gi), nodes, noRand);
		const table = result.evaluations.map((e) => [
			e.node,
			e.scores.map((s) => [s.plugin, s.weighted]),
			e.total
		]);
		expect(table).toEqual([
			[
				'busy',
				[
					['TaintToleration', 300],
					['NodeResourcesFit', 62],
					['NodeResourcesBalancedAllocation', 100],
					['ImageLocality', 0]
				],
				462
			],
			[
				'idle',
				[
					['TaintToleration', 300],
					['NodeResourcesFit', 87],
					['NodeResourcesBalancedAllocation', 100],
					['ImageLocality', 0]
				],
				487
			]
		]);
		expect(result.winner).toBe('idle');
		expect(result.tiedAtTop).toEqual(['idle']);
	});

	it('skips BalancedAllocation for a best-effort pod (PreScore Skip, balanced_allocation.go)', () => {
		const nodes = [
			info(node('node01', { taints: [CONTROL_PLANE_TAINT] })),
			info(node('node02')),
			info(node('node03'))
		];
		const result = schedule(pod('nginx'), nodes, createRng('demo'));
		expect(result.feasible).toEqual(['node02', 'node03']);
		expect(result.evaluations[0].scores).toEqual([]);
		// no NodeResourcesBalancedAllocation entry: a pod that requests nothing is not scored by it
		expect(result.evaluations[1].scores).toEqual([
			{ plugin: 'TaintToleration', raw: 0, normalized: 100, weight: 3, weighted: 300 },
			{ plugin: 'NodeResourcesFit', raw: 97, normalized: 97, weight: 1, weighted: 97 },
			{ plugin: 'ImageLocality', raw: 0, normalized: 0, weight: 1, weighted: 0 }
		]);
		expect(result.evaluations[1].total).toBe(397);
		expect(result.tiedAtTop).toEqual(['node02', 'node03']);
		expect(['node02', 'node03']).toContain(result.winner);
	});

	it('skips BalancedAllocation for explicit zero requests too, and scores any other request', () => {
		const nodes = [info(node('a')), info(node('b'))];
		const plugins = (p: PodObject) =>
			schedule(p, nodes, createRng('demo')).evaluations[0].scores.map((s) => s.plugin);
		expect(plugins(withRequests('zero', 0, 0))).not.toContain('NodeResourcesBalancedAllocation');
		expect(plugins(withRequests('cpu', 100))).toContain('NodeResourcesBalancedAllocation');
	});

	it('prefers the node that already has the image', () => {
		const nodes = [info(node('cold')), info(node('warm', { images: { 'nginx:1.27': 200 * MB } }))];
		const result = schedule(pod('p', [{ image: 'nginx:1.27' }]), nodes, noRand);
		// 200MB on 1 of 2 nodes → 100MB → 100·(100−23)/977 = 7
		expect(result.evaluations[1].scores.at(-1)).toMatchObject({ plugin: 'ImageLocality', raw: 7 });
		expect(result.winner).toBe('warm');
	});

	it('skips scoring and randomness when only one node is feasible', () => {
		const nodes = [info(node('a', { unschedulable: true })), info(node('b'))];
		const result = schedule(withRequests('p', 500, Gi), nodes, noRand);
		expect(result).toMatchObject({
			feasible: ['b'],
			winner: 'b',
			tiedAtTop: ['b'],
			fitError: null
		});
		expect(result.evaluations[1]).toMatchObject({ feasible: true, scores: [], total: 0 });
	});

	const three = ['n1', 'n2', 'n3'].map((n) => info(node(n)));

	it.each([['demo'], ['42'], [7]])('seed %j always picks the same tied node', (seed) => {
		const first = schedule(pod('p'), three, createRng(seed));
		expect(first.tiedAtTop).toEqual(['n1', 'n2', 'n3']);
		for (let i = 0; i < 5; i++) {
			expect(schedule(pod('p'), three, createRng(seed)).winner).toBe(first.winner);
		}
	});

	it('different seeds can pick different tied nodes', () => {
		const winners = new Set(
			Array.from({ length: 30 }, (_, i) => schedule(pod('p'), three, createRng(`seed-${i}`)).winner)
		);
		expect(winners).toEqual(new Set(['n1', 'n2', 'n3']));
	});

	it.each([
		// intn(cnt) === 0 replaces the pick: rand 0 always replaces, so the last tied node wins
		{ draws: [0, 0], want: 'c' },
		{ draws: [0.99, 0.99], want: 'a' },
		{ draws: [0.4, 0.99], want: 'b' },
		{ draws: [0.99, 0.2], want: 'c' }
	])('reservoir sampling with draws $draws → $want', ({ draws, want }) => {
		const queue = [...draws];
		const rand = () => {
			const next = queue.shift();
			if (next === undefined) throw new Error('too many draws');
			return next;
		};
		const scored = [
			{ name: 'low', total: 10 },
			{ name: 'a', total: 50 },
			{ name: 'b', total: 50 },
			{ name: 'c', total: 50 }
		];
		expect(selectHost(scored, rand)).toEqual({ winner: want, tiedAtTop: ['a', 'b', 'c'] });
		expect(queue).toEqual([]);
	});

	it('draws nothing when the top score is unique', () => {
		const scored = [
			{ name: 'a', total: 10 },
			{ name: 'b', total: 30 },
			{ name: 'c', total: 20 }
		];
		expect(selectHost(scored, noRand)).toEqual({ winner: 'b', tiedAtTop: ['b'] });
	});
});

describe('PodTopologySpread, system default constraints', () => {
	const labelled = (name: string, labels: Record<string, string>) => {
		const p = pod(name, [{ requests: { cpu: 100, memory: 64 * Mi } }]);
		p.metadata.labels = labels;
		return p;
	};
	const web = { app: 'web', 'pod-template-hash': 'abc' };

	it('scores matching pods per node: round(count × ln(nodes + 2) + maxSkew − 1), fewest best', () => {
		const infos: NodeInfo[] = [
			{ node: node('a'), pods: [labelled('w1', web), labelled('w2', web)] },
			{ node: node('b'), pods: [labelled('w3', web), labelled('other', { app: 'db' })] },
			{ node: node('c'), pods: [] }
		];
		// ln(5) ≈ 1.609: raw 5, 4, 2; normalized 100 × (5 + 2 − raw) / 5, truncated
		expect(topologySpreadScores(labelled('new', web), infos, web)).toEqual({
			raw: [5, 4, 2],
			normalized: [40, 60, 100]
		});
	});

	it('does not count terminating pods or pods of another namespace', () => {
		const gone = labelled('gone', web);
		gone.metadata.deletionTimestamp = '2026-01-15T09:00:00Z';
		const elsewhere = labelled('elsewhere', web);
		elsewhere.metadata.namespace = 'other';
		const infos: NodeInfo[] = [
			{ node: node('a'), pods: [gone, elsewhere] },
			{ node: node('b'), pods: [] }
		];
		expect(topologySpreadScores(labelled('new', web), infos, web)!.raw).toEqual([2, 2]);
	});

	it('is skipped when nothing selects the pod', () => {
		expect(topologySpreadScores(labelled('new', web), [], null)).toBeNull();
		const result = schedule(
			labelled('new', web),
			[
				{ node: node('a'), pods: [] },
				{ node: node('b'), pods: [] }
			],
			createRng('s')
		);
		expect(result.evaluations[0].scores.map((s) => s.plugin)).not.toContain('PodTopologySpread');
	});

	it('sends a replica to the node with fewer of its group when everything else ties (weight 2)', () => {
		const infos: NodeInfo[] = [
			{ node: node('a'), pods: [labelled('w1', web)] },
			{ node: node('b'), pods: [labelled('db', { app: 'db' })] }
		];
		for (const seed of ['one', 'two', 'three']) {
			const result = schedule(labelled('new', web), infos, createRng(seed), web);
			const [a, b] = result.evaluations;
			// ln(4) ≈ 1.386: raw 3 and 2; normalized 100 × (3 + 2 − raw) / 3: 66 and 100
			expect(a.scores.find((s) => s.plugin === 'PodTopologySpread')).toMatchObject({
				raw: 3,
				normalized: 66,
				weight: 2,
				weighted: 132
			});
			expect(b.total - a.total).toBe(68);
			expect(result.winner).toBe('b');
		}
	});

	it('counts the hostname constraint only on a node that has the hostname label', () => {
		const infos: NodeInfo[] = [
			{ node: node('a', { labels: {} }), pods: [labelled('w1', web)] },
			{ node: node('b'), pods: [] }
		];
		expect(topologySpreadScores(labelled('new', web), infos, web)!.raw).toEqual([0, 2]);
	});
});
