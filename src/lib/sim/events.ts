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
	const metadata = { name: eventName(name, state.clock, state.eventSeq++), namespace };
	const at = timestamp(state.clock);
	const event: StoredEvent =
		source.component === 'default-scheduler'
			? {
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
				}
			: {
					apiVersion: 'v1',
					kind: 'Event',
					metadata,
					involvedObject: fieldPath ? { ...involved, fieldPath } : involved,
					reason,
					message,
					type,
					source: { component: source.component, ...(source.host ? { host: source.host } : {}) },
					firstTimestamp: at,
					lastTimestamp: at,
					count: 1
				};
	return put(state.etcd, `/registry/events/${namespace}/${metadata.name}`, JSON.stringify(event));
}

/** The events about one object, oldest first, as `kubectl describe` lists them. */
export function eventsFor(state: ClusterState, namespace: string, name: string): KubeEvent[] {
	return Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith(`/registry/events/${namespace}/${name}.`))
		.sort((a, b) => a.mod_revision - b.mod_revision)
		.map((kv) => {
			const e = JSON.parse(kv.value) as StoredEvent;
			return {
				type: e.type,
				reason: e.reason,
				// kubectl's formatEventSource: source.component, else the reporting component.
				from: e.source?.component ?? e.reportingComponent ?? '',
				message: e.message,
				at: (Date.parse(e.eventTime ?? e.firstTimestamp ?? '') - EPOCH_MS) / 1000,
				involved: `${e.involvedObject.namespace}/${e.involvedObject.name}`
			};
		});
}
