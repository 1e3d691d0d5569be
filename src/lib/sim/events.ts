/**
 * Events are objects too. The scheduler records through the events.k8s.io/v1 API and the kubelet
 * through core/v1, but both share one storage, so etcd holds the core/v1 form under
 * /registry/events (reference §1, "Who writes which event").
 */
import type { ClusterState } from './cluster';
import { put, type KeyValue } from './etcd';
import type { KubeEvent, PodObject } from './model';
import { EPOCH_MS, eventName, timestamp } from './time';

export interface EventSource {
	component:
		| 'default-scheduler'
		| 'kubelet'
		| 'node-controller'
		| 'taint-eviction-controller'
		| 'replicaset-controller'
		| 'statefulset-controller'
		| 'deployment-controller';
	action?: string;
	host?: string;
}

interface StoredEvent {
	apiVersion: 'v1';
	kind: 'Event';
	metadata: { name: string; namespace: string };
	involvedObject: {
		kind: string;
		namespace: string;
		name: string;
		uid: string;
		fieldPath?: string;
	};
	reason: string;
	message: string;
	type: KubeEvent['type'];
	/** kubelet (core/v1 recorder) */
	source?: { component: string; host?: string };
	firstTimestamp?: string;
	lastTimestamp?: string;
	count?: number;
	/** scheduler (events.k8s.io/v1 recorder) */
	eventTime?: string;
	action?: string;
	reportingComponent?: string;
	reportingInstance?: string;
}

export function recordEvent(
	state: ClusterState,
	pod: PodObject,
	source: EventSource,
	type: KubeEvent['type'],
	reason: string,
	message: string
): KeyValue {
	const { namespace, name, uid } = pod.metadata;
	const involved = { kind: 'Pod', namespace, name, uid };
	// the kubelet's events name the container they are about
	const fieldPath =
		source.component === 'kubelet' ? `spec.containers{${pod.spec.containers[0].name}}` : undefined;
	return recordObjectEvent(state, involved, source, type, reason, message, fieldPath);
}

/**
 * An event about any object (a Pod, a ReplicaSet): the scheduler's through events.k8s.io/v1, a
 * controller's or the kubelet's through core/v1 (client-go's record.EventRecorder).
 */
export function recordObjectEvent(
	state: ClusterState,
	involved: { kind: string; namespace: string; name: string; uid: string },
	source: EventSource,
	type: KubeEvent['type'],
	reason: string,
	message: string,
	fieldPath?: string
): KeyValue {
	const { namespace, name } = involved;
	const at = timestamp(state.clock);
	const newName = () => ({ name: eventName(name, state.clock, state.eventSeq++), namespace });
	if (source.component === 'default-scheduler') {
		const metadata = newName();
		return store(state, {
			apiVersion: 'v1',
			kind: 'Event',
			metadata,
			involvedObject: involved,
			reason,
			message,
			type,
			eventTime: at,
			action: source.action,
			reportingComponent: source.component,
			reportingInstance: `${source.component}-control-plane`
		});
	}
	const said = {
		involvedObject: fieldPath ? { ...involved, fieldPath } : involved,
		reason,
		message,
		type,
		source: { component: source.component, ...(source.host ? { host: source.host } : {}) }
	};
	const before = sameEvent(state, said);
	if (before) return store(state, { ...before, count: (before.count ?? 1) + 1, lastTimestamp: at });
	return store(state, {
		apiVersion: 'v1',
		kind: 'Event',
		metadata: newName(),
		...said,
		firstTimestamp: at,
		lastTimestamp: at,
		count: 1
	});
}

function store(state: ClusterState, event: StoredEvent): KeyValue {
	const { namespace, name } = event.metadata;
	return put(state.etcd, `/registry/events/${namespace}/${name}`, JSON.stringify(event));
}

/**
 * client-go's core/v1 recorder does not write an event it has written before: its correlator
 * (tools/record/events_cache.go, eventLogger.eventObserve) finds the same source, object, type,
 * reason and message in its cache, and the recorder PATCHes the stored event with count + 1 and a
 * new lastTimestamp. The stored event that says the same, if there is one. The simulation looks in
 * etcd rather than in a recorder's own cache, and keeps events past their one-hour TTL: no flow
 * restarts a kubelet's process or runs that long.
 */
function sameEvent(
	state: ClusterState,
	said: Pick<StoredEvent, 'involvedObject' | 'reason' | 'message' | 'type' | 'source'>
): StoredEvent | undefined {
	const { namespace, name } = said.involvedObject;
	const key = (e: typeof said) =>
		JSON.stringify([e.involvedObject, e.reason, e.message, e.type, e.source]);
	const wanted = key(said);
	for (const kv of Object.values(state.etcd.kvs)) {
		if (!kv.key.startsWith(`/registry/events/${namespace}/${name}.`)) continue;
		const e = JSON.parse(kv.value) as StoredEvent;
		if (key(e) === wanted) return e;
	}
	return undefined;
}

/** How a recorder sent an event: POST for a new one, PATCH for one counted up (see sameEvent). */
export const eventVerb = (kv: KeyValue): 'POST' | 'PATCH' => (kv.version > 1 ? 'PATCH' : 'POST');

/** The events about one object, oldest first, as `kubectl describe` lists them. */
export function eventsFor(
	state: ClusterState,
	namespace: string,
	name: string,
	/** the object's uid: kubectl describe asks for its events by uid, not a pod of the same name before it */
	uid?: string
): KubeEvent[] {
	return Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith(`/registry/events/${namespace}/${name}.`))
		.sort((a, b) => a.mod_revision - b.mod_revision)
		.map((kv) => JSON.parse(kv.value) as StoredEvent)
		.filter((e) => uid === undefined || e.involvedObject.uid === uid)
		.map((e) => {
			return {
				type: e.type,
				reason: e.reason,
				// kubectl's formatEventSource: source.component, else the reporting component.
				from: e.source?.component ?? e.reportingComponent ?? '',
				message: e.message,
				at: (Date.parse(e.eventTime ?? e.firstTimestamp ?? '') - EPOCH_MS) / 1000,
				last: (Date.parse(e.eventTime ?? e.lastTimestamp ?? '') - EPOCH_MS) / 1000,
				count: e.count ?? 1,
				involved: `${e.involvedObject.namespace}/${e.involvedObject.name}`
			};
		});
}
