/**
 * The what-ifs that change the cluster the story starts with: web's pods carry their own
 * toleration of the unreachable taint (`toleration:60`), or a StatefulSet pod `db-0` runs on the
 * node that fails (`statefulset`).
 */
import { existingPod, pullImage, type ClusterState } from '$lib/sim/cluster';
import { get, put } from '$lib/sim/etcd';
import { nameSuffix, uid } from '$lib/sim/ids';
import { allocatePodIP } from '$lib/sim/kubelet';
import type { PodObject, Toleration } from '$lib/sim/model';
import {
	DEFAULT_TOLERATION_S,
	TAINT_NOT_READY,
	TAINT_UNREACHABLE,
	defaultTolerations
} from '$lib/sim/nodeLifecycle';
import { admitPod } from '$lib/sim/podAdmission';
import { encodePodSpec } from '$lib/sim/podCodec';
import { prepareForCreate } from '$lib/sim/podStatus';
import { CLUSTER_CREATED, timestamp } from '$lib/sim/time';
import type { NodeFailureScenario } from './scenario';

export const STATEFUL_SET = 'db';
/** a StatefulSet's pods are named <set>-<ordinal>: the name is the pod's identity */
export const STATEFUL_POD = `${STATEFUL_SET}-0`;
const STATEFUL_IMAGE = 'postgres:17';
const STATEFUL_KEY = `/registry/statefulsets/default/${STATEFUL_SET}`;

/** The toleration of the unreachable taint web's pod template sets, or null (the admission default). */
export function webTolerationSeconds(s: NodeFailureScenario): number | null {
	const twist = s.actions.find((a) => a.kind === 'toleration');
	return twist?.kind === 'toleration' ? twist.seconds : null;
}

/**
 * A web pod's tolerations as stored: the template's own unreachable toleration first, then what
 * DefaultTolerationSeconds adds for the taint the pod does not tolerate yet
 * (plugin/pkg/admission/defaulttolerationseconds/admission.go adds each one only when missing).
 */
export function webTolerations(s: NodeFailureScenario): Toleration[] {
	const seconds = webTolerationSeconds(s);
	if (seconds === null) return defaultTolerations();
	return [
		{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: seconds },
		{
			key: TAINT_NOT_READY,
			operator: 'Exists',
			effect: 'NoExecute',
			tolerationSeconds: DEFAULT_TOLERATION_S
		}
	];
}

/** The Deployment's template carries the toleration too: its ReplicaSet makes every pod with it. */
export function storeWebTemplateToleration(state: ClusterState, s: NodeFailureScenario): void {
	const seconds = webTolerationSeconds(s);
	const kv = get(state.etcd, '/registry/deployments/default/web');
	if (seconds === null || !kv) return;
	const deployment = JSON.parse(kv.value);
	deployment.spec.template.spec.tolerations = [webTolerations(s)[0]];
	put(state.etcd, kv.key, JSON.stringify(deployment));
}

const setRef = (seed: string) => ({
	apiVersion: 'apps/v1',
	kind: 'StatefulSet',
	name: STATEFUL_SET,
	uid: uid(seed, `sts/default/${STATEFUL_SET}`),
	controller: true,
	blockOwnerDeletion: true
});

/**
 * The set's one revision, as the StatefulSet controller names its ControllerRevision: the set's
 * name and the hash of its template (pkg/controller/history/controller_history.go
 * ControllerRevisionName). The simulation draws the hash; it cannot hash a Go struct.
 */
const revisionName = (seed: string) =>
	`${STATEFUL_SET}-${nameSuffix(seed, `controller-revision-hash/${STATEFUL_SET}`, 10)}`;

/**
 * The labels the StatefulSet controller gives its pod: the template's, the revision it was made
 * from (setPodRevision: the revision's name), its name and its ordinal (PodIndexLabel)
 * (pkg/controller/statefulset/stateful_set_utils.go).
 */
const podLabels = (seed: string) => ({
	app: STATEFUL_SET,
	'apps.kubernetes.io/pod-index': '0',
	'controller-revision-hash': revisionName(seed),
	'statefulset.kubernetes.io/pod-name': STATEFUL_POD
});
const container = { name: 'postgres', image: STATEFUL_IMAGE };

/** StatefulSet `db` with one replica, stored; its pod db-0 running on `node` since the start. */
export function addStatefulSet(state: ClusterState, node: string): PodObject {
	const model = state.nodes.find((n) => n.name === node)!;
	const ip = allocatePodIP(state, model);
	const pod = existingPod(
		state.seed,
		model,
		0,
		{ namespace: 'default', name: () => STATEFUL_POD, container, labels: podLabels(state.seed) },
		Number(ip.slice(ip.lastIndexOf('.') + 1)),
		{ ownerReferences: [setRef(state.seed)] }
	);
	pod.spec.hostname = STATEFUL_POD;
	pod.spec.subdomain = STATEFUL_SET;
	pullImage(model, STATEFUL_IMAGE);
	put(
		state.etcd,
		STATEFUL_KEY,
		JSON.stringify({
			apiVersion: 'apps/v1',
			kind: 'StatefulSet',
			metadata: {
				name: STATEFUL_SET,
				namespace: 'default',
				uid: setRef(state.seed).uid,
				creationTimestamp: timestamp(CLUSTER_CREATED),
				generation: 1
			},
			// with the scheme's defaults (pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet)
			spec: {
				persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
				podManagementPolicy: 'OrderedReady',
				replicas: 1,
				revisionHistoryLimit: 10,
				selector: { matchLabels: { app: STATEFUL_SET } },
				serviceName: STATEFUL_SET,
				template: {
					// no creationTimestamp: its zero value is omitted since v1.34 (meta/v1 types.go, omitzero)
					metadata: { labels: { app: STATEFUL_SET } },
					spec: encodePodSpec({ containers: [container] })
				},
				updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' }
			},
			// the controller's status (stateful_set_control.go updateStatefulSetStatus): both
			// revisions are the one revision there is
			status: {
				availableReplicas: 1,
				collisionCount: 0,
				currentReplicas: 1,
				currentRevision: revisionName(state.seed),
				observedGeneration: 1,
				readyReplicas: 1,
				replicas: 1,
				updateRevision: revisionName(state.seed),
				updatedReplicas: 1
			}
		})
	);
	return pod;
}

/** db-0 made again by the StatefulSet controller: same name, a new uid, not yet scheduled. */
export function recreatedStatefulPod(state: ClusterState, at: number): PodObject {
	const pod: PodObject = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: STATEFUL_POD,
			namespace: 'default',
			uid: uid(state.seed, `default/${STATEFUL_POD}/${at}`),
			creationTimestamp: timestamp(at),
			labels: podLabels(state.seed),
			ownerReferences: [setRef(state.seed)]
		},
		spec: {
			containers: [container],
			hostname: STATEFUL_POD,
			subdomain: STATEFUL_SET,
			schedulerName: 'default-scheduler',
			serviceAccountName: 'default',
			restartPolicy: 'Always'
		},
		status: { phase: 'Pending' }
	};
	admitPod(pod, state.seed);
	prepareForCreate(pod);
	return pod;
}
