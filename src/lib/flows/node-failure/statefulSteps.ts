/**
 * The StatefulSet what-if (`then=statefulset`): db-0 is evicted like web's pods, but its
 * controller makes no second db-0 while the first one exists; once the old pod is gone, it creates
 * db-0 again (pkg/controller/statefulset/stateful_set_control.go: a replica is created only when no
 * pod holds its ordinal, and with OrderedReady the set waits while a pod is terminating).
 */
import { createPod } from '$lib/sim/apiserver';
import { recordObjectEvent } from '$lib/sim/events';
import { uid } from '$lib/sim/ids';
import { listPods, podKey } from '$lib/sim/podCodec';
import { actionIndex } from './scenario';
import { STATEFUL_POD, STATEFUL_SET, recreatedStatefulPod } from './twists';
import { API, ETCD, KCM, msg, nfStep, persist, write, type NodeFailureDraft } from './draft';

const statefulPod = (d: NodeFailureDraft) =>
	listPods(d.state).find(
		(p) => p.metadata.namespace === 'default' && p.metadata.name === STATEFUL_POD
	);

const twisted = (d: NodeFailureDraft) => actionIndex(d.scenario, 'statefulset') >= 0;

/** db-0 is Terminating and the story has not yet said why no new one comes. */
export const statefulHoldPending = (d: NodeFailureDraft) =>
	twisted(d) && !d.told.statefulHold && Boolean(statefulPod(d)?.metadata.deletionTimestamp);

/** The StatefulSet wants db-0 and no pod by that name exists. */
export const statefulMissing = (d: NodeFailureDraft) => twisted(d) && !statefulPod(d);

export function statefulSetHolds(d: NodeFailureDraft) {
	d.told.statefulHold = true;
	d.action = actionIndex(d.scenario, 'statefulset');
	const pod = statefulPod(d)!;
	return nfStep({
		stage: 'replacement',
		params: { set: STATEFUL_SET, pod: STATEFUL_POD, node: d.failed },
		messages: [msg(API, KCM, 'watch', `watch MODIFIED pods/${pod.metadata.name}`, 0)],
		active: [KCM],
		wrote: []
	});
}

/** The old db-0 is gone: the StatefulSet controller creates db-0 again, with a new uid. */
export function statefulSetRecreates(d: NodeFailureDraft) {
	const pod = recreatedStatefulPod(d.state, d.state.clock);
	const kv = createPod(d.state, pod)!;
	const event = recordObjectEvent(
		d.state,
		{
			apiVersion: 'apps/v1',
			kind: 'StatefulSet',
			namespace: 'default',
			name: STATEFUL_SET,
			uid: uid(d.state.seed, `sts/default/${STATEFUL_SET}`)
		},
		{ component: 'statefulset-controller' },
		'Normal',
		'SuccessfulCreate',
		`create Pod ${STATEFUL_POD} in StatefulSet ${STATEFUL_SET} successful`
	);
	d.created.push(STATEFUL_POD);
	return nfStep({
		stage: 'replacement',
		params: { set: STATEFUL_SET, pod: STATEFUL_POD },
		messages: [
			msg(API, KCM, 'watch', `watch DELETED pods/${STATEFUL_POD}`, 0),
			...write(KCM, 'POST pods (db-0)', kv.key, kv.mod_revision, 1),
			...persist(event.key, event.mod_revision, 4)
		],
		active: [KCM, API, ETCD],
		wrote: [podKey('default', STATEFUL_POD), event.key]
	});
}
