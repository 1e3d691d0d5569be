/**
 * The status the ReplicaSet and Deployment controllers write from the pods they own:
 * calculateStatus / updateReplicaSetStatus (pkg/controller/replicaset/replica_status.go) counts
 * the active pods (not terminating, not finished), the ready and the available ones (ready, with
 * minReadySeconds 0); syncDeploymentStatus (pkg/controller/deployment/sync.go) sums them and sets
 * the Available condition: at least replicas − maxUnavailable (25 %, rounded down) available.
 */
import type { ClusterState } from './cluster';
import { get, put, type KeyValue } from './etcd';
import type { PodObject } from './model';
import { listPods } from './podCodec';
import { timestamp } from './time';
import { deploymentKey, replicaSetKey, replicaSetName, type Workload } from './workload';

const isReady = (p: PodObject) =>
	p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

const active = (p: PodObject) =>
	!p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed';

/** maxUnavailable's default, 25 %, rounded down */
export const maxUnavailable = (replicas: number) => Math.floor(replicas * 0.25);

/** The ReplicaSet's status as its controller computes it from the pods now. */
export function replicaSetStatus(state: ClusterState, w: Workload, generation: number) {
	const pods = listPods(state).filter(
		(p) => p.metadata.labels?.['pod-template-hash'] === w.hash && active(p)
	);
	const ready = pods.filter(isReady).length;
	return {
		replicas: pods.length,
		fullyLabeledReplicas: pods.length,
		readyReplicas: ready,
		availableReplicas: ready,
		observedGeneration: generation
	};
}

type RsStatus = ReturnType<typeof replicaSetStatus>;

/** The Deployment's status from its one ReplicaSet's, with the Available condition. */
export function deploymentStatus(
	rs: RsStatus,
	want: number,
	rsName: string,
	generation: number,
	since: string
) {
	const available = rs.availableReplicas >= want - maxUnavailable(want);
	return {
		observedGeneration: generation,
		replicas: rs.replicas,
		updatedReplicas: rs.replicas,
		readyReplicas: rs.readyReplicas,
		availableReplicas: rs.availableReplicas,
		...(want - rs.availableReplicas > 0
			? { unavailableReplicas: want - rs.availableReplicas }
			: {}),
		conditions: [
			available
				? {
						type: 'Available',
						status: 'True',
						reason: 'MinimumReplicasAvailable',
						message: 'Deployment has minimum availability.',
						lastTransitionTime: since,
						lastUpdateTime: since
					}
				: {
						type: 'Available',
						status: 'False',
						reason: 'MinimumReplicasUnavailable',
						message: 'Deployment does not have minimum availability.',
						lastTransitionTime: since,
						lastUpdateTime: since
					},
			{
				type: 'Progressing',
				status: 'True',
				reason: 'NewReplicaSetAvailable',
				message: `ReplicaSet "${rsName}" has successfully progressed.`,
				lastTransitionTime: since,
				lastUpdateTime: since
			}
		]
	};
}

type DeploymentCondition = ReturnType<typeof deploymentStatus>['conditions'][number];

/**
 * SetDeploymentCondition (pkg/controller/deployment/util/deployment_util.go): a condition of the
 * same status and reason stays as it is, its times and its place included, so time passing alone
 * writes nothing; a changed one is taken out and appended, keeping its lastTransitionTime when
 * only its reason changed. So a scale that makes the Deployment unavailable moves Available after
 * Progressing.
 */
function setCondition(
	conditions: DeploymentCondition[],
	c: DeploymentCondition
): DeploymentCondition[] {
	const was = conditions.find((x) => x.type === c.type);
	if (was && was.status === c.status && was.reason === c.reason) return conditions;
	const since = was && was.status === c.status ? was.lastTransitionTime : c.lastTransitionTime;
	return [...conditions.filter((x) => x.type !== c.type), { ...c, lastTransitionTime: since }];
}

/**
 * Both controllers catch up with the pods: each object whose status would change is written
 * (the ReplicaSet's first, since the Deployment's is computed from it); the unchanged ones are not.
 * A condition whose status and reason stay is kept as it was, its times included.
 */
export function syncWorkloadStatus(
	state: ClusterState,
	w: Workload
): { rs: KeyValue | null; deployment: KeyValue | null } {
	const rsKv = get(state.etcd, replicaSetKey(w));
	const dKv = get(state.etcd, deploymentKey(w.name));
	if (!rsKv || !dKv) return { rs: null, deployment: null };
	const rsObj = JSON.parse(rsKv.value);
	const rsNext = replicaSetStatus(state, w, rsObj.metadata.generation ?? 1);
	const rsChanged = JSON.stringify(rsObj.status) !== JSON.stringify(rsNext);
	const rs = rsChanged
		? put(state.etcd, rsKv.key, JSON.stringify({ ...rsObj, status: rsNext }))
		: null;
	const dObj = JSON.parse(dKv.value);
	const next = deploymentStatus(
		rsNext,
		dObj.spec.replicas,
		replicaSetName(w),
		dObj.metadata.generation ?? 1,
		timestamp(state.clock)
	);
	next.conditions = next.conditions.reduce(setCondition, dObj.status?.conditions ?? []);
	const dChanged = JSON.stringify(dObj.status) !== JSON.stringify(next);
	const deployment = dChanged
		? put(state.etcd, dKv.key, JSON.stringify({ ...dObj, status: next }))
		: null;
	return { rs, deployment };
}
