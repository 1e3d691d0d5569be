/**
 * One kube-scheduler cycle for one pod: Filter → (PostFilter on failure) → Score → NormalizeScore
 * → selectHost, with the default plugins that matter for a pod without volumes, ports or
 * affinity terms. Formulas, reason strings and message formats follow
 * /work/shared/k8s-reference.md §2 and the upstream plugin sources under
 * kubernetes/kubernetes pkg/scheduler/framework/plugins/.
 *
 * Everything here is a pure function of its inputs plus the injected `rand`, so a seeded run is
 * reproducible.
 */
import {
	affinityNodeName,
	type ContainerSpec,
	type NodeModel,
	type PodObject,
	type Resources,
	type Taint,
	type Toleration
} from './model';
import { selectorMatches } from './labels';
import { intn, type Rand } from './rng';

export type FilterPlugin =
	'NodeUnschedulable' | 'TaintToleration' | 'NodeAffinity' | 'NodeResourcesFit';
export type ScorePlugin =
	| 'NodeResourcesFit'
	| 'PodTopologySpread'
	| 'NodeResourcesBalancedAllocation'
	| 'TaintToleration'
	| 'ImageLocality';

/** A node as the scheduler's snapshot sees it: the node plus the pods already bound to it. */
export interface NodeInfo {
	node: NodeModel;
	pods: PodObject[];
}

export interface FilterVerdict {
	plugin: FilterPlugin;
	passed: boolean;
	/** exactly the strings that end up in the FitError histogram; empty when passed */
	reasons: string[];
}

export interface ScoreEntry {
	plugin: ScorePlugin;
	/** what the plugin's Score returned */
	raw: number;
	/** after NormalizeScore; equal to raw for plugins without ScoreExtensions */
	normalized: number;
	weight: number;
	/** normalized × weight */
	weighted: number;
}

export interface NodeEvaluation {
	node: string;
	/** filters that ran, in order; the framework stops at the first failing plugin */
	filters: FilterVerdict[];
	feasible: boolean;
	/**
	 * Empty for infeasible nodes, and also for the only feasible node: with a single feasible node
	 * the real scheduler skips scoring entirely (schedule_one.go, "When only one node after
	 * predicate, just use it"). A plugin whose PreScore returns Skip has no entry: PodTopologySpread
	 * when nothing selects the pod, NodeResourcesBalancedAllocation for a pod that requests nothing.
	 */
	scores: ScoreEntry[];
	total: number;
}

export interface ScheduleResult {
	/** one per input node, in input order */
	evaluations: NodeEvaluation[];
	/** names of feasible nodes, in input order */
	feasible: string[];
	winner: string | null;
	/** nodes sharing the top total score, in the order selectHost visits them */
	tiedAtTop: string[];
	/** the FailedScheduling message (FitError.Error()), or null on success */
	fitError: string | null;
}

export const MAX_NODE_SCORE = 100;

/** Scoring-only defaults for containers without requests (pkg/scheduler/util non_zero.go). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** Default Score weights (pkg/scheduler/apis/config/v1/default_plugins.go). */
export const SCORE_WEIGHTS: Record<ScorePlugin, number> = {
	TaintToleration: 3,
	NodeResourcesFit: 1,
	PodTopologySpread: 2,
	NodeResourcesBalancedAllocation: 1,
	ImageLocality: 1
};

/**
 * The system default constraint that counts here (podtopologyspread/plugin.go
 * systemDefaultConstraints): maxSkew 3 over kubernetes.io/hostname, ScheduleAnyway. Its other one,
 * maxSkew 5 over topology.kubernetes.io/zone, adds nothing on nodes without a zone label: Score
 * only counts a constraint whose key the node has.
 */
const HOSTNAME_MAX_SKEW = 3;
const HOSTNAME_LABEL = 'kubernetes.io/hostname';

export const REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
export const REASON_NODE_SELECTOR = "node(s) didn't match Pod's node affinity/selector";
export const REASON_TOO_MANY_PODS = 'Too many pods';
export const REASON_INSUFFICIENT_CPU = 'Insufficient cpu';
export const REASON_INSUFFICIENT_MEMORY = 'Insufficient memory';
export const PREEMPTION_NO_VICTIMS = 'No preemption victims found for incoming pod';
export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
/** ErrNoNodesAvailable: returned before filtering when the snapshot holds no node at all. */
export const NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

/** The taint a cordoned node implicitly carries; tolerating it lets a pod onto the node. */
const UNSCHEDULABLE_TAINT: Taint = {
	key: 'node.kubernetes.io/unschedulable',
	effect: 'NoSchedule'
};

const MB = 1024 * 1024;
/** ImageLocality bounds: ~90% of Docker Hub images fall between these compressed sizes. */
export const IMAGE_MIN_THRESHOLD = 23 * MB;
export const IMAGE_MAX_CONTAINER_THRESHOLD = 1000 * MB;

export function taintReason(taint: Taint): string {
	return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Real requests: what NodeResourcesFit's Filter and BalancedAllocation use. */
export const podRequests = (pod: PodObject): Resources => aggregateRequests(pod, (r) => r ?? 0);

/**
 * Requests with scoring defaults: a *missing* request counts 100m / 200Mi so that LeastAllocated
 * does not treat best-effort pods as free. An explicit 0 stays 0, as in NonMissingContainerRequests.
 */
export const podNonZeroRequests = (pod: PodObject): Resources =>
	aggregateRequests(pod, (r, missing) => r ?? missing);

/** A pod's requests, as `amount` reads one container's request given what counts for a missing one. */
const aggregateRequests = (
	pod: PodObject,
	amount: (request: number | undefined, missing: number) => number
): Resources =>
	podAmounts(pod, (c: ContainerSpec) => ({
		cpu: amount(c.requests?.cpu, DEFAULT_MILLI_CPU_REQUEST),
		memory: amount(c.requests?.memory, DEFAULT_MEMORY_REQUEST)
	}));

/**
 * PodRequests' rule (component-helpers resource/helpers.go) over one amount per container: the
 * containers' added up, or an init container's where that is more, since init containers run one
 * at a time before the others.
 */
export function podAmounts<C>(
	pod: { spec: { containers?: C[]; initContainers?: C[] } },
	of: (c: C) => Resources
): Resources {
	const total = { cpu: 0, memory: 0 };
	for (const c of pod.spec.containers ?? []) {
		const r = of(c);
		total.cpu += r.cpu;
		total.memory += r.memory;
	}
	for (const c of pod.spec.initContainers ?? []) {
		const r = of(c);
		total.cpu = Math.max(total.cpu, r.cpu);
		total.memory = Math.max(total.memory, r.memory);
	}
	return total;
}

function sumRequests(pods: PodObject[], perPod: (pod: PodObject) => Resources): Resources {
	const total = { cpu: 0, memory: 0 };
	for (const pod of pods) {
		const r = perPod(pod);
		total.cpu += r.cpu;
		total.memory += r.memory;
	}
	return total;
}

/** Go's int64 a*b/c for non-negative integers, exact even when a*b passes 2^53. */
function mulDiv(a: number, b: number, c: number): number {
	return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

// ---------------------------------------------------------------------------------------------
// Tolerations

/** v1.Toleration.ToleratesTaint: empty effect/key match anything, empty operator means Equal. */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
	if (toleration.effect && toleration.effect !== taint.effect) return false;
	if (toleration.key && toleration.key !== taint.key) return false;
	if (toleration.operator === 'Exists') return true;
	return (toleration.value ?? '') === (taint.value ?? '');
}

export function tolerated(tolerations: Toleration[], taint: Taint): boolean {
	return tolerations.some((t) => toleratesTaint(t, taint));
}

/** FindMatchingUntoleratedTaint with DoNotScheduleTaintsFilterFunc: first hit in node order. */
function firstUntoleratedHardTaint(taints: Taint[], tolerations: Toleration[]): Taint | null {
	for (const taint of taints) {
		if (taint.effect === 'PreferNoSchedule') continue;
		if (!tolerated(tolerations, taint)) return taint;
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Filters

export interface FilterOutcome {
	reasons: string[];
	/**
	 * Unschedulable (preemption might help) vs UnschedulableAndUnresolvable (it cannot): only
	 * NodeResourcesFit returns the former among the filters simulated here.
	 */
	resolvable: boolean;
}

type FilterFn = (pod: PodObject, info: NodeInfo) => FilterOutcome | null;

function filterNodeUnschedulable(pod: PodObject, info: NodeInfo): FilterOutcome | null {
	if (!info.node.unschedulable) return null;
	if (tolerated(pod.spec.tolerations ?? [], UNSCHEDULABLE_TAINT)) return null;
	return { reasons: [REASON_UNSCHEDULABLE], resolvable: false };
}

function filterTaintToleration(pod: PodObject, info: NodeInfo): FilterOutcome | null {
	const taint = firstUntoleratedHardTaint(info.node.taints, pod.spec.tolerations ?? []);
	return taint ? { reasons: [taintReason(taint)], resolvable: false } : null;
}

/**
 * spec.nodeSelector (every pair must be present on the node's labels) and the DaemonSet form of
 * required node affinity (matchFields metadata.name In [node]); other affinity terms are not modelled.
 */
function filterNodeAffinity(pod: PodObject, info: NodeInfo): FilterOutcome | null {
	return requiredAffinityMatches(pod, info.node)
		? null
		: { reasons: [REASON_NODE_SELECTOR], resolvable: false };
}

/** GetRequiredNodeAffinity(pod).Match(node): the node selector, then the required affinity. */
export function requiredAffinityMatches(pod: PodObject, node: NodeModel): boolean {
	const pinned = affinityNodeName(pod);
	if (pinned !== undefined && pinned !== node.name) return false;
	return Object.entries(pod.spec.nodeSelector ?? {}).every(
		([key, value]) => Object.hasOwn(node.labels, key) && node.labels[key] === value
	);
}

/** A resource a node lacks for a pod: NodeResourcesFit's InsufficientResource. */
export interface Shortfall {
	resource: 'pods' | 'cpu' | 'memory';
	/** the pod's request (1 for pods; millicores; bytes) */
	requested: number;
	/** what the node's pods already request */
	used: number;
	/** the node's allocatable */
	capacity: number;
}

/** fitsRequest in noderesources/fit.go, in its order: pods, cpu, memory. */
export function resourceShortfalls(pod: PodObject, info: NodeInfo): Shortfall[] {
	const out: Shortfall[] = [];
	const allocatable = info.node.allocatable;
	const slots = { requested: 1, used: info.pods.length, capacity: allocatable.pods };
	if (slots.used + 1 > slots.capacity) out.push({ resource: 'pods', ...slots });
	const request = podRequests(pod);
	// A pod requesting nothing only competes for a pod slot.
	if (request.cpu === 0 && request.memory === 0) return out;
	const used = sumRequests(info.pods, podRequests);
	for (const resource of ['cpu', 'memory'] as const) {
		const capacity = allocatable[resource];
		if (request[resource] > 0 && request[resource] > capacity - used[resource])
			out.push({ resource, requested: request[resource], used: used[resource], capacity });
	}
	return out;
}

const SHORTFALL_REASONS: Record<Shortfall['resource'], string> = {
	pods: REASON_TOO_MANY_PODS,
	cpu: REASON_INSUFFICIENT_CPU,
	memory: REASON_INSUFFICIENT_MEMORY
};

/** The Filter's reasons for the shortfalls: `Too many pods`, `Insufficient cpu`, … */
export const insufficientResources = (pod: PodObject, info: NodeInfo): string[] =>
	resourceShortfalls(pod, info).map((s) => SHORTFALL_REASONS[s.resource]);

function filterNodeResourcesFit(pod: PodObject, info: NodeInfo): FilterOutcome | null {
	const reasons = insufficientResources(pod, info);
	return reasons.length > 0 ? { reasons, resolvable: true } : null;
}

/**
 * The Filter extension point in default order, reduced to the plugins simulated here. The others
 * in the default set (default_plugins.go, v1.34) let a pod without ports, volumes, affinity terms
 * or ResourceClaims through: DynamicResources, enabled by default since DRA went GA in v1.34,
 * returns Skip from PreFilter for a pod that claims nothing.
 */
const FILTERS: [FilterPlugin, FilterFn][] = [
	['NodeUnschedulable', filterNodeUnschedulable],
	['TaintToleration', filterTaintToleration],
	['NodeAffinity', filterNodeAffinity],
	['NodeResourcesFit', filterNodeResourcesFit]
];

interface FilterRun {
	verdicts: FilterVerdict[];
	failure: FilterOutcome | null;
}

/** RunFilterPlugins: stop at the first plugin that rejects, as the framework does. */
function runFilters(pod: PodObject, info: NodeInfo): FilterRun {
	const verdicts: FilterVerdict[] = [];
	for (const [plugin, filter] of FILTERS) {
		const failure = filter(pod, info);
		verdicts.push({ plugin, passed: failure === null, reasons: failure ? failure.reasons : [] });
		if (failure) return { verdicts, failure };
	}
	return { verdicts, failure: null };
}

// ---------------------------------------------------------------------------------------------
// Scores

/** leastRequestedScore: share of the resource left free, 0..100. */
export function leastRequestedScore(requested: number, allocatable: number): number {
	if (allocatable === 0 || requested > allocatable) return 0;
	return mulDiv(allocatable - requested, MAX_NODE_SCORE, allocatable);
}

/** NodeResourcesFit with the default LeastAllocated strategy, cpu and memory weight 1 each. */
export function leastAllocatedScore(pod: PodObject, info: NodeInfo): number {
	const existing = sumRequests(info.pods, podNonZeroRequests);
	const incoming = podNonZeroRequests(pod);
	const { cpu, memory } = info.node.allocatable;
	// resource_allocation.go score: a resource the node has none of takes no part in the average
	const scores = [
		[existing.cpu + incoming.cpu, cpu],
		[existing.memory + incoming.memory, memory]
	]
		.filter(([, allocatable]) => allocatable > 0)
		.map(([requested, allocatable]) => leastRequestedScore(requested, allocatable));
	return scores.length ? Math.trunc(scores.reduce((a, b) => a + b, 0) / scores.length) : 0;
}

/** balancedResourceScorer: 100 × (1 − std) of the per-resource requested fractions. */
export function balancedResourceScore(requested: number[], allocatable: number[]): number {
	const fractions: number[] = [];
	let totalFraction = 0;
	for (let i = 0; i < requested.length; i++) {
		if (allocatable[i] === 0) continue;
		const fraction = Math.min(1, requested[i] / allocatable[i]);
		totalFraction += fraction;
		fractions.push(fraction);
	}
	let std = 0;
	if (fractions.length === 2) {
		std = Math.abs((fractions[0] - fractions[1]) / 2);
	} else if (fractions.length > 2) {
		const mean = totalFraction / fractions.length;
		const sum = fractions.reduce((acc, f) => acc + (f - mean) * (f - mean), 0);
		std = Math.sqrt(sum / fractions.length);
	}
	return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/**
 * NodeResourcesBalancedAllocation's PreScore returns Skip for a pod whose real requests are all
 * zero (balanced_allocation.go isBestEffortPod, since v1.33, PR #130260): such pods no longer
 * pile onto the one node that looks perfectly balanced (issue #129138). An explicit 0 counts as
 * no request here, as it does upstream.
 */
export function balancedAllocationSkips(pod: PodObject): boolean {
	const request = podRequests(pod);
	return request.cpu === 0 && request.memory === 0;
}

/** NodeResourcesBalancedAllocation uses real requests (useRequested), incoming pod included. */
export function balancedAllocationScore(pod: PodObject, info: NodeInfo): number {
	const existing = sumRequests(info.pods, podRequests);
	const incoming = podRequests(pod);
	const { cpu, memory } = info.node.allocatable;
	return balancedResourceScore(
		[existing.cpu + incoming.cpu, existing.memory + incoming.memory],
		[cpu, memory]
	);
}

/** Raw TaintToleration score: PreferNoSchedule taints the pod does not tolerate. */
export function intolerablePreferNoScheduleCount(pod: PodObject, node: NodeModel): number {
	// Only tolerations that can match PreferNoSchedule take part (empty effect matches all).
	const preferTolerations = (pod.spec.tolerations ?? []).filter(
		(t) => !t.effect || t.effect === 'PreferNoSchedule'
	);
	return node.taints.filter(
		(taint) => taint.effect === 'PreferNoSchedule' && !tolerated(preferTolerations, taint)
	).length;
}

/** helper.DefaultNormalizeScore: scale onto 0..max by the highest raw score, optionally reversed. */
export function defaultNormalizeScore(scores: number[], reverse: boolean): number[] {
	const maxCount = Math.max(0, ...scores);
	if (maxCount === 0) return scores.map((s) => (reverse ? MAX_NODE_SCORE : s));
	return scores.map((s) => {
		const scaled = mulDiv(MAX_NODE_SCORE, s, maxCount);
		return reverse ? MAX_NODE_SCORE - scaled : scaled;
	});
}

/** normalizedImageName: a reference without a tag means `:latest`; digests are left alone. */
export function normalizedImageName(name: string): string {
	return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

/** calculatePriority: map the summed image bytes onto 0..100 between the two thresholds. */
export function imagePriority(sumScores: number, numContainers: number): number {
	if (numContainers === 0) return 0;
	const maxThreshold = IMAGE_MAX_CONTAINER_THRESHOLD * numContainers;
	const clamped = Math.min(Math.max(sumScores, IMAGE_MIN_THRESHOLD), maxThreshold);
	return mulDiv(MAX_NODE_SCORE, clamped - IMAGE_MIN_THRESHOLD, maxThreshold - IMAGE_MIN_THRESHOLD);
}

/**
 * ImageLocality: each container image already on the node adds its size scaled by the share of
 * all nodes holding it, which damps the pull toward nodes that merely have a popular image. Init
 * containers' images count too, and their number (image_locality.go sumImageScores, v1.34).
 */
export function imageLocalityScore(pod: PodObject, info: NodeInfo, allNodes: NodeInfo[]): number {
	let sum = 0;
	const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
	for (const container of containers) {
		const image = normalizedImageName(container.image);
		if (!Object.hasOwn(info.node.images, image)) continue;
		const numNodes = allNodes.filter((n) => Object.hasOwn(n.node.images, image)).length;
		const spread = numNodes / allNodes.length;
		sum += Math.trunc(info.node.images[image] * spread);
	}
	return imagePriority(sum, containers.length);
}

/** Pods on a node that the selector matches: same namespace, not terminating (countPodsMatchSelector). */
function matchingPods(info: NodeInfo, selector: Record<string, string>, namespace: string): number {
	return info.pods.filter(
		(p) =>
			!p.metadata.deletionTimestamp &&
			p.metadata.namespace === namespace &&
			selectorMatches(selector, p.metadata.labels)
	).length;
}

/**
 * PodTopologySpread's Score and NormalizeScore (podtopologyspread/scoring.go) with the system
 * default constraints, for a pod that sets none of its own: each feasible node scores
 * round(matching pods × ln(feasible nodes + 2) + maxSkew − 1), and normalizing turns the fewest
 * matching pods into the best score, 100 × (max + min − score) / max. Returns null when PreScore
 * skips the plugin: nothing selects the pod (an empty default selector).
 */
export function topologySpreadScores(
	pod: PodObject,
	feasible: NodeInfo[],
	selector: Record<string, string> | null
): { raw: number[]; normalized: number[] } | null {
	if (!selector || Object.keys(selector).length === 0) return null;
	const weight = Math.log(feasible.length + 2);
	// a constraint counts only on a node that has its key (and the zone one on none here)
	const raw = feasible.map((info) =>
		info.node.labels[HOSTNAME_LABEL] === undefined
			? 0
			: Math.round(
					matchingPods(info, selector, pod.metadata.namespace) * weight + HOSTNAME_MAX_SKEW - 1
				)
	);
	const min = Math.min(...raw);
	const max = Math.max(...raw);
	// int64 arithmetic: the division truncates
	const normalized = raw.map((s) =>
		max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - s)) / max)
	);
	return { raw, normalized };
}

function entry(plugin: ScorePlugin, raw: number, normalized: number): ScoreEntry {
	const weight = SCORE_WEIGHTS[plugin];
	return { plugin, raw, normalized, weight, weighted: normalized * weight };
}

/**
 * RunScorePlugins over the feasible nodes, in default Score order. Returns one list per node,
 * aligned with `feasible`.
 */
function scoreNodes(
	pod: PodObject,
	feasible: NodeInfo[],
	allNodes: NodeInfo[],
	spreadSelector: Record<string, string> | null
): ScoreEntry[][] {
	const taintRaw = feasible.map((info) => intolerablePreferNoScheduleCount(pod, info.node));
	const taintNormalized = defaultNormalizeScore(taintRaw, true);
	const spread = topologySpreadScores(pod, feasible, spreadSelector);
	const balancedSkipped = balancedAllocationSkips(pod);
	return feasible.map((info, i) => {
		const fit = leastAllocatedScore(pod, info);
		const image = imageLocalityScore(pod, info, allNodes);
		const scores = [
			entry('TaintToleration', taintRaw[i], taintNormalized[i]),
			entry('NodeResourcesFit', fit, fit)
		];
		if (spread) scores.push(entry('PodTopologySpread', spread.raw[i], spread.normalized[i]));
		if (!balancedSkipped) {
			const balanced = balancedAllocationScore(pod, info);
			scores.push(entry('NodeResourcesBalancedAllocation', balanced, balanced));
		}
		scores.push(entry('ImageLocality', image, image));
		return scores;
	});
}

// ---------------------------------------------------------------------------------------------
// selectHost

interface Scored {
	name: string;
	total: number;
}

/**
 * selectHost: visit nodes by descending total (stable for equal totals, where upstream's heap
 * order is unspecified) and reservoir-sample among those tied at the top. The first tied node is
 * taken without drawing, exactly like upstream, so rand is consumed once per extra tied node.
 */
export function selectHost(
	scored: Scored[],
	rand: Rand
): { winner: string | null; tiedAtTop: string[] } {
	if (scored.length === 0) return { winner: null, tiedAtTop: [] };
	const ordered = scored
		.map((s, index) => ({ ...s, index }))
		.sort((a, b) => b.total - a.total || a.index - b.index);
	const top = ordered[0].total;
	const tied = ordered.filter((s) => s.total === top);
	let selected = tied[0].name;
	for (let cnt = 2; cnt <= tied.length; cnt++) {
		if (intn(rand, cnt) === 0) selected = tied[cnt - 1].name;
	}
	return { winner: selected, tiedAtTop: tied.map((s) => s.name) };
}

// ---------------------------------------------------------------------------------------------
// FitError

/** The "<count> <reason>" list, sorted like Go's sort.Strings (byte order) and comma-joined. */
export function reasonHistogram(reasonsPerNode: string[][]): string {
	const counts = new Map<string, number>();
	for (const reasons of reasonsPerNode) {
		for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
	}
	const entries = [...counts].map(([reason, count]) => `${count} ${reason}`);
	// Default sort compares UTF-16 code units, which equals Go's byte order for these ASCII texts.
	return entries.sort().join(', ');
}

/**
 * FitError.Error() with DefaultPreemption's PostFilter message appended. Every pod in the
 * simulation has priority 0, so nodes that only lack resources yield no victims, and nodes
 * rejected as unresolvable are ones preemption cannot help.
 */
export function formatFitError(failures: FilterOutcome[]): string {
	const n = failures.length;
	const filterMsg = reasonHistogram(failures.map((f) => f.reasons));
	const preemptionMsg = reasonHistogram(
		failures.map((f) => [f.resolvable ? PREEMPTION_NO_VICTIMS : PREEMPTION_NOT_HELPFUL])
	);
	const postFilterMsg = `preemption: 0/${n} nodes are available: ${preemptionMsg}.`;
	// Each appended part uses SeparatorFormat " %v.", hence the double period at the end.
	return `0/${n} nodes are available: ${filterMsg}. ${postFilterMsg}.`;
}

// ---------------------------------------------------------------------------------------------
// The cycle

/**
 * `spreadSelector`: the labels that select the pod's group for PodTopologySpread's default
 * constraints (helper.DefaultSelector: the Services that select it and its controller's selector),
 * null when nothing does.
 */
export function schedule(
	pod: PodObject,
	nodes: NodeInfo[],
	rand: Rand,
	spreadSelector: Record<string, string> | null = null
): ScheduleResult {
	if (nodes.length === 0) {
		// ErrNoNodesAvailable happens before filtering, so there is no FitError and no PostFilter.
		return {
			evaluations: [],
			feasible: [],
			winner: null,
			tiedAtTop: [],
			fitError: NO_NODES_AVAILABLE
		};
	}
	const runs = nodes.map((info) => runFilters(pod, info));
	const evaluations: NodeEvaluation[] = nodes.map((info, i) => ({
		node: info.node.name,
		filters: runs[i].verdicts,
		feasible: runs[i].failure === null,
		scores: [],
		total: 0
	}));
	const feasibleIdx = nodes.map((_, i) => i).filter((i) => runs[i].failure === null);
	const feasible = feasibleIdx.map((i) => nodes[i].node.name);

	if (feasibleIdx.length === 0) {
		const failures = runs.flatMap((run) => (run.failure ? [run.failure] : []));
		return {
			evaluations,
			feasible,
			winner: null,
			tiedAtTop: [],
			fitError: formatFitError(failures)
		};
	}
	if (feasibleIdx.length === 1) {
		// Upstream returns the lone feasible node without scoring it or drawing a random number.
		return { evaluations, feasible, winner: feasible[0], tiedAtTop: [...feasible], fitError: null };
	}

	const scoresPerNode = scoreNodes(
		pod,
		feasibleIdx.map((i) => nodes[i]),
		nodes,
		spreadSelector
	);
	feasibleIdx.forEach((nodeIndex, k) => {
		const evaluation = evaluations[nodeIndex];
		evaluation.scores = scoresPerNode[k];
		evaluation.total = scoresPerNode[k].reduce((acc, s) => acc + s.weighted, 0);
	});
	const scored = feasibleIdx.map((i) => ({
		name: evaluations[i].node,
		total: evaluations[i].total
	}));
	const { winner, tiedAtTop } = selectHost(scored, rand);
	return { evaluations, feasible, winner, tiedAtTop, fitError: null };
}
