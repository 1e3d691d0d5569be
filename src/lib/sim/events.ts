/**
 * Events are objects too. The scheduler records through the events.k8s.io/v1 API and the kubelet
 * through core/v1, but both share one storage, so etcd holds the core/v1 form under
 * /registry/events (reference §1, "Who writes which event").
 */
import type { ClusterState } from './cluster';
import { put, type KeyValue } from './etcd';
import type { KubeEvent, PodObject } from './model';
import { uid } from './ids';
import { EPOCH_MS, eventName, timestamp } from './time';
import { CONTROL_PLANE_HOST } from './controlPlane';

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

/**
 * The object an event is about, as the recorder's reference.GetReference gives it: with the
 * object's apiVersion, except in the kubelet's own Node reference, which sets none.
 */
export interface InvolvedObject {
	apiVersion?: string;
	kind: string;
	/** absent for a cluster-scoped object (a Node): the event then goes in namespace default */
	namespace?: string;
	name: string;
	uid: string;
	/** the object's resourceVersion when the recorder saw it, if it had read one */
	resourceVersion?: string;
}

interface StoredEvent {
	apiVersion: 'v1';
	kind: 'Event';
	metadata: { name: string; namespace: string; uid: string; creationTimestamp: string };
	involvedObject: InvolvedObject & { fieldPath?: string };
	reason: string;
	message: string;
	type: KubeEvent['type'];
	/** the core/v1 recorder's (kubelet, controllers); `{}` from the events.k8s.io/v1 one */
	source: { component?: string; host?: string };
	firstTimestamp: string | null;
	lastTimestamp: string | null;
	count?: number;
	/** set by the events.k8s.io/v1 recorder (the scheduler), null from the core/v1 one */
	eventTime: string | null;
	action?: string;
	reportingComponent: string;
	reportingInstance: string;
}

/**
 * The kubelet's own Node reference (pkg/kubelet/kubelet.go nodeRef): kind, name, and the node's
 * name again as its UID; no apiVersion, no namespace.
 */
export const kubeletNodeRef = (node: string): InvolvedObject => ({
	kind: 'Node',
	name: node,
	uid: node
});

export function recordEvent(
	state: ClusterState,
	pod: PodObject,
	source: EventSource,
	type: KubeEvent['type'],
	reason: string,
	message: string,
	/** the container the event is about: its fieldPath, as the kubelet's container events have */
	container?: string
): KeyValue {
	const { namespace, name, uid, resourceVersion } = pod.metadata;
	const involved = {
		apiVersion: 'v1',
		kind: 'Pod',
		namespace,
		name,
		uid,
		...(resourceVersion ? { resourceVersion } : {})
	};
	// an init container's events name its own list (pkg/kubelet/container/ref.go fieldPath)
	const list = pod.spec.initContainers?.some((c) => c.name === container)
		? 'initContainers'
		: 'containers';
	const fieldPath = container ? `spec.${list}{${container}}` : undefined;
	return recordObjectEvent(state, involved, source, type, reason, message, fieldPath);
}

/**
 * An event about any object (a Pod, a ReplicaSet, a Node): the scheduler's through
 * events.k8s.io/v1 (client-go tools/events, read back through core/v1 by
 * pkg/apis/events/v1/conversion.go), a controller's or the kubelet's through core/v1 (client-go
 * tools/record: makeEvent and generateEvent).
 */
export function recordObjectEvent(
	state: ClusterState,
	involved: InvolvedObject,
	source: EventSource,
	type: KubeEvent['type'],
	reason: string,
	message: string,
	fieldPath?: string
): KeyValue {
	const namespace = involved.namespace || 'default';
	const at = timestamp(state.clock);
	const newMeta = () => {
		const name = eventName(involved.name, state.clock, state.eventSeq++);
		return { name, namespace, uid: uid(state.seed, `event/${name}`), creationTimestamp: at };
	};
	const involvedObject = { ...involved, ...(fieldPath ? { fieldPath } : {}) };
	if (source.component === 'default-scheduler') {
		return store(state, {
			apiVersion: 'v1',
			kind: 'Event',
			metadata: newMeta(),
			involvedObject,
			reason,
			message,
			type,
			source: {},
			firstTimestamp: null,
			lastTimestamp: null,
			eventTime: at.replace('Z', '.000000Z'),
			action: source.action,
			reportingComponent: source.component,
			// tools/events NewRecorder: the component and the host it runs on
			reportingInstance: `${source.component}-${CONTROL_PLANE_HOST}`
		});
	}
	const said = {
		involvedObject,
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
		metadata: newMeta(),
		...said,
		firstTimestamp: at,
		lastTimestamp: at,
		count: 1,
		eventTime: null,
		reportingComponent: source.component,
		reportingInstance: source.host ?? ''
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
	const { name } = said.involvedObject;
	const namespace = said.involvedObject.namespace || 'default';
	// getEventKey: the object's reference without its resourceVersion, which moves on every write
	const key = (e: typeof said) => {
		const object: Partial<typeof e.involvedObject> = { ...e.involvedObject };
		delete object.resourceVersion;
		return JSON.stringify([object, e.reason, e.message, e.type, e.source]);
	};
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
	/**
	 * the object's uid: kubectl describe asks for its events by uid, not a pod of the same name
	 * before it (a node's, by its uid and by its name, which the kubelet uses as its uid)
	 */
	uid?: string | readonly string[]
): KubeEvent[] {
	const uids = uid === undefined ? undefined : typeof uid === 'string' ? [uid] : uid;
	return Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith(`/registry/events/${namespace}/${name}.`))
		.sort((a, b) => a.mod_revision - b.mod_revision)
		.map((kv) => JSON.parse(kv.value) as StoredEvent)
		.filter((e) => uids === undefined || uids.includes(e.involvedObject.uid ?? ''))
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
