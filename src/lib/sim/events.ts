/**
 * Events are objects too: the scheduler posts events.k8s.io/v1 Events, the kubelet core/v1
 * Events (reference §1, "Who writes which event"); both end up under /registry/events.
 */
import type { ClusterState } from './cluster';
import { put, type KeyValue } from './etcd';
import type { KubeEvent, PodObject } from './model';
import { eventName, timestamp } from './time';

export interface EventSource {
	component: 'default-scheduler' | 'kubelet';
	action?: string;
	host?: string;
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
	const metadata = { name: eventName(name, state.clock, state.eventSeq++), namespace };
	const at = timestamp(state.clock);
	const object =
		source.component === 'default-scheduler'
			? {
					apiVersion: 'events.k8s.io/v1',
					kind: 'Event',
					metadata,
					eventTime: at,
					reportingController: source.component,
					action: source.action,
					reason,
					regarding: { kind: 'Pod', namespace, name, uid },
					note: message,
					type
				}
			: {
					apiVersion: 'v1',
					kind: 'Event',
					metadata,
					involvedObject: {
						kind: 'Pod',
						namespace,
						name,
						uid,
						fieldPath: `spec.containers{${pod.spec.containers[0].name}}`
					},
					reason,
					message,
					source: { component: source.component, host: source.host },
					firstTimestamp: at,
					lastTimestamp: at,
					count: 1,
					type
				};
	return put(state.etcd, `/registry/events/${namespace}/${metadata.name}`, JSON.stringify(object));
}

interface StoredEvent {
	metadata: { name: string; namespace: string };
	eventTime?: string;
	firstTimestamp?: string;
	reportingController?: string;
	source?: { component: string };
	regarding?: { namespace: string; name: string };
	involvedObject?: { namespace: string; name: string };
	reason: string;
	note?: string;
	message?: string;
	type: KubeEvent['type'];
}

/** The events about one object, oldest first, as `kubectl describe` lists them. */
export function eventsFor(state: ClusterState, namespace: string, name: string): KubeEvent[] {
	const epoch = Date.parse(timestamp(0));
	return Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith(`/registry/events/${namespace}/${name}.`))
		.sort((a, b) => a.mod_revision - b.mod_revision)
		.map((kv) => {
			const e = JSON.parse(kv.value) as StoredEvent;
			const about = e.regarding ?? e.involvedObject!;
			return {
				type: e.type,
				reason: e.reason,
				from: e.reportingController ?? e.source?.component ?? '',
				message: e.note ?? e.message ?? '',
				at: (Date.parse(e.eventTime ?? e.firstTimestamp ?? '') - epoch) / 1000,
				involved: `${about.namespace}/${about.name}`
			};
		});
}
