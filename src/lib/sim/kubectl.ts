/**
 * What kubectl prints for the subject pod at a given moment: `get pods -o wide` and the Events
 * section of `describe pod`, aligned the way kubectl's tabwriter aligns them.
 */
import type { ClusterState } from './cluster';
import { eventsFor } from './events';
import type { KubeEvent, PodObject } from './model';
import { displayStatus, initializing, readyCount } from './podStatus';
import { CLUSTER_CREATED, humanAge, simSeconds } from './time';
import { readNode } from './nodeBasics';
import { tabwrite } from './cli/tabwriter';
import { KUBERNETES_VERSION } from './version';

/** Left-aligned columns separated by at least `gap` spaces, each at least `minWidth` wide (text/tabwriter). */
export function alignColumns(rows: string[][], gap = 3, indent = '', minWidth = 0): string[] {
	return tabwrite(rows.map((row) => indent + row.join('\t')).join('\n'), gap, minWidth).split('\n');
}

function podAge(pod: PodObject, now: number): string {
	// translateTimestampSince: a zero time is not an age
	if (!pod.metadata.creationTimestamp) return '<unknown>';
	return humanAge(now - simSeconds(pod.metadata.creationTimestamp));
}

export const GET_PODS_WIDE_COLUMNS = [
	'NAME',
	'READY',
	'STATUS',
	'RESTARTS',
	'AGE',
	'IP',
	'NODE',
	'NOMINATED NODE',
	'READINESS GATES'
];

export function getPodsWideRow(pod: PodObject, now: number): string[] {
	// printPod counts the init containers' restarts until the pod is initialized
	const statuses =
		(initializing(pod) ? pod.status.initContainerStatuses : pod.status.containerStatuses) ?? [];
	const restartCount = statuses.reduce((n, c) => n + c.restartCount, 0);
	// kubectl adds how long ago the last restart ended: "1 (5s ago)".
	const finished = statuses
		.map((c) =>
			c.lastState && 'terminated' in c.lastState ? c.lastState.terminated.finishedAt : undefined
		)
		.filter((x): x is string => !!x)
		.map(simSeconds);
	const restarts =
		restartCount > 0 && finished.length
			? `${restartCount} (${humanAge(now - Math.max(...finished))} ago)`
			: String(restartCount);
	return [
		pod.metadata.name,
		readyCount(pod),
		displayStatus(pod),
		restarts,
		podAge(pod, now),
		pod.status.podIP ?? '<none>',
		pod.spec.nodeName ?? '<none>',
		'<none>',
		'<none>'
	];
}

export function getPodsWide(pod: PodObject, now: number): string[] {
	return alignColumns([GET_PODS_WIDE_COLUMNS, getPodsWideRow(pod, now)]);
}

export const EVENT_COLUMNS = ['Type', 'Reason', 'Age', 'From', 'Message'];

/** The Events rows of `kubectl describe pod`, oldest first, with ages as of the cluster's clock. */
export function describeEventRows(
	state: ClusterState,
	namespace: string,
	name: string,
	/** the object's uid; a pod's is read from etcd when not given */
	uid?: string
): string[][] {
	// describe.go DescribeEvents: a repeated event's age is "<last> (x<count> over <first>)"
	// describe.go asks for the events whose involvedObject is this object: its uid too
	const pod = state.etcd.kvs[`/registry/pods/${namespace}/${name}`];
	const id = uid ?? (pod ? (JSON.parse(pod.value) as PodObject).metadata.uid : undefined);
	return eventsFor(state, namespace, name, id).map((e) => eventRow(e, state.clock));
}

/** One row of describe's Events table, its age on the cluster's clock `now`. */
export const eventRow = (e: KubeEvent, now: number): string[] => [
	e.type,
	e.reason,
	e.count > 1
		? `${humanAge(now - e.last)} (x${e.count} over ${humanAge(now - e.at)})`
		: humanAge(now - e.at),
	e.from,
	e.message
];

export function describeEvents(
	state: ClusterState,
	namespace: string,
	name: string,
	rows = describeEventRows(state, namespace, name)
): string[] {
	if (rows.length === 0) return ['Events:  <none>'];
	// kubectl writes this rule literally (describe.go DescribeEvents), not one dash per letter.
	const rule = ['----', '------', '----', '----', '-------'];
	return ['Events:', ...alignColumns([EVENT_COLUMNS, rule, ...rows], 2, '  ')];
}

export const GET_NODES_COLUMNS = ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'];

/**
 * A row of `kubectl get nodes` (printNode in pkg/printers/internalversion/printers.go): Ready when
 * the Ready condition is True, NotReady otherwise, Unknown without one; SchedulingDisabled
 * appended for a cordoned node; ROLES from node-role.kubernetes.io/* labels, else <none>; AGE
 * from the Node's creationTimestamp.
 */
export function getNodesRow(state: ClusterState, name: string): string[] {
	const node = state.nodes.find((n) => n.name === name);
	const stored = readNode(state, name);
	const ready = stored?.status.conditions?.find((c) => c.type === 'Ready');
	// a node that joined during the scenario has its creation time; the others are the cluster's
	const since = stored?.metadata.creationTimestamp;
	const created = since ? simSeconds(since) : CLUSTER_CREATED;
	const status = [
		ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown',
		...((stored?.spec?.unschedulable ?? node?.unschedulable) ? ['SchedulingDisabled'] : [])
	].join(',');
	// findNodeRoles: each node-role.kubernetes.io/<role> key and the kubernetes.io/role value, a
	// sorted set
	const labels = stored?.metadata.labels ?? node?.labels ?? {};
	const roles = [
		...new Set([
			...Object.keys(labels)
				.filter((k) => k.startsWith('node-role.kubernetes.io/'))
				.map((k) => k.slice('node-role.kubernetes.io/'.length)),
			...(labels['kubernetes.io/role'] ? [labels['kubernetes.io/role']] : [])
		])
	]
		.sort()
		.join(',');
	return [name, status, roles || '<none>', humanAge(state.clock - created), KUBERNETES_VERSION];
}
