/**
 * `kubectl describe deployment|replicaset`, as kubectl v1.34 prints them (staging/src/k8s.io/
 * kubectl/pkg/describe/describe.go: describeDeployment, describeReplicaSet, DescribePodTemplate,
 * whose Node-Selectors and Tolerations lines came in v1.30; pkg/util/deployment/deployment.go for
 * which ReplicaSet is the new one). Go's tabwriter aligns each run of lines with cells; a line
 * without one (`Pod Template:`, `  Containers:`) ends the run.
 */
import type { ClusterState } from '../cluster';
import { getPrefix, readObject } from '../etcd';
import {
	annotationLines,
	containerLines,
	labelLines,
	rfc1123z,
	tolerationLines,
	volumeLines,
	withEvents
} from './describePod';
// metav1.FormatLabelSelector of matchLabels is formatLabels' `k=v`, by key
import { formatLabels, type StoredObject } from './resources';

/** DescribePodTemplate: the template's labels, containers, volumes, node selector, tolerations */
function podTemplateLines(template: StoredObject | undefined): string[] {
	const spec = template?.spec ?? {};
	const annotations = template?.metadata?.annotations;
	return [
		'Pod Template:',
		...labelLines('  Labels', template?.metadata?.labels),
		...(annotations && Object.keys(annotations).length
			? annotationLines(annotations).map((l) => `  ${l}`)
			: []),
		...(spec.serviceAccountName ? [`  Service Account:\t${spec.serviceAccountName}`] : []),
		...(spec.initContainers?.length
			? [
					'  Init Containers:',
					...spec.initContainers.flatMap((c: StoredObject) => containerLines(c, null, '   '))
				]
			: []),
		'  Containers:',
		...(spec.containers ?? []).flatMap((c: StoredObject) => containerLines(c, null, '   ')),
		...(spec.volumes?.length
			? ['  Volumes:', ...spec.volumes.flatMap(volumeLines).map((l: string) => `  ${l}`)]
			: ['  Volumes:\t<none>']),
		...(spec.priorityClassName ? [`  Priority Class Name:\t${spec.priorityClassName}`] : []),
		...labelLines('  Node-Selectors', spec.nodeSelector),
		...tolerationLines(spec.tolerations, '  Tolerations')
	];
}

/** the conditions' table: Type, Status, Reason, in the order the status keeps them */
function conditionLines(conditions: StoredObject[] | undefined): string[] {
	if (!conditions?.length) return [];
	return [
		'Conditions:',
		'  Type\tStatus\tReason',
		'  ----\t------\t------',
		...conditions.map((c) => `  ${c.type} \t${c.status}\t${c.reason ?? ''}`)
	];
}

/** the objects a controller owns: their controller reference names its uid */
const ownedBy = (objects: StoredObject[], uid: string | undefined) =>
	objects.filter((o) =>
		(o.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === uid)
	);

/** a template as EqualIgnoreHash compares it: without the pod-template-hash label */
function withoutHash(template: StoredObject | undefined): string {
	const labels = { ...(template?.metadata?.labels ?? {}) };
	delete labels['pod-template-hash'];
	return JSON.stringify({ ...template, metadata: { ...template?.metadata, labels } });
}

/** "web-7d4b9c8f6 (3/3 replicas created)" for each, or <none> */
const replicaSetsText = (sets: StoredObject[]) =>
	sets.length
		? sets
				.map(
					(rs) =>
						`${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas} replicas created)`
				)
				.join(', ')
		: '<none>';

/** oldest first, then by name (deployment.go FindNewReplicaSet sorts them so) */
const byCreation = (a: StoredObject, b: StoredObject) => {
	const [x, y] = [a, b].map((o) => `${o.metadata.creationTimestamp ?? ''}\u0000${o.metadata.name}`);
	return x < y ? -1 : x > y ? 1 : 0;
};

export function describeDeployment(d: StoredObject, state: ClusterState): string {
	const { metadata: m, spec, status = {} } = d;
	const rolling = spec.strategy?.rollingUpdate;
	const sets = ownedBy(
		getPrefix(state.etcd, `/registry/replicasets/${m.namespace}/`).map((kv) =>
			readObject<StoredObject>(kv)
		),
		m.uid
	).sort(byCreation);
	const fresh = sets.find((rs) => withoutHash(rs.spec.template) === withoutHash(spec.template));
	const old = sets.filter((rs) => rs !== fresh);
	const lines = [
		`Name:\t${m.name}`,
		`Namespace:\t${m.namespace}`,
		`CreationTimestamp:\t${rfc1123z(m.creationTimestamp ?? '')}`,
		...labelLines('Labels', m.labels),
		...annotationLines(m.annotations),
		`Selector:\t${formatLabels(spec.selector?.matchLabels)}`,
		`Replicas:\t${spec.replicas} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable`,
		`StrategyType:\t${spec.strategy?.type}`,
		`MinReadySeconds:\t${spec.minReadySeconds ?? 0}`,
		...(rolling
			? [
					`RollingUpdateStrategy:\t${rolling.maxUnavailable} max unavailable, ${rolling.maxSurge} max surge`
				]
			: []),
		...podTemplateLines(spec.template),
		...conditionLines(status.conditions),
		...(sets.length
			? [
					`OldReplicaSets:\t${replicaSetsText(old)}`,
					`NewReplicaSet:\t${replicaSetsText(fresh ? [fresh] : [])}`
				]
			: [])
	];
	return withEvents(lines, state, m.namespace ?? 'default', m.name, m.uid);
}

export function describeReplicaSet(rs: StoredObject, state: ClusterState): string {
	const { metadata: m, spec, status = {} } = rs;
	const owner = (m.ownerReferences ?? []).find((o: { controller?: boolean }) => o.controller);
	const pods = ownedBy(
		getPrefix(state.etcd, `/registry/pods/${m.namespace}/`).map((kv) =>
			readObject<StoredObject>(kv)
		),
		m.uid
	);
	const phase = (p: string) => pods.filter((pod) => pod.status?.phase === p).length;
	const lines = [
		`Name:\t${m.name}`,
		`Namespace:\t${m.namespace}`,
		`Selector:\t${formatLabels(spec.selector?.matchLabels)}`,
		...labelLines('Labels', m.labels),
		...annotationLines(m.annotations),
		...(owner ? [`Controlled By:\t${owner.kind}/${owner.name}`] : []),
		`Replicas:\t${status.replicas ?? 0} current / ${spec.replicas} desired`,
		// Waiting is the pods still Pending
		`Pods Status:\t${phase('Running')} Running / ${phase('Pending')} Waiting / ${phase('Succeeded')} Succeeded / ${phase('Failed')} Failed`,
		...podTemplateLines(spec.template),
		...conditionLines(status.conditions)
	];
	return withEvents(lines, state, m.namespace ?? 'default', m.name, m.uid);
}
