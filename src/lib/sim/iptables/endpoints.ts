/**
 * Which endpoints kube-proxy programs for one service port, following
 * pkg/proxy/endpointslicecache.go (grouping, dedupe, sort) and pkg/proxy/topology.go
 * (CategorizeEndpoints, Cluster traffic policy without topology hints).
 */
import type { Endpoint, EndpointSliceObject, ServiceObject, ServicePort } from '$lib/sim/model';
import { compareStrings } from '../compare';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** One endpoint of one service port, as kube-proxy's BaseEndpointInfo sees it. */
export interface ServiceEndpoint {
	ip: string;
	port: number;
	/** "ip:port", BaseEndpointInfo.String(): the dedupe key, the sort key and the DNAT target */
	endpoint: string;
	ready: boolean;
	serving: boolean;
	terminating: boolean;
	nodeName?: string;
	targetRef?: Endpoint['targetRef'];
	/** the EndpointSlice it came from, for panels that point back at the API object */
	slice: string;
}

/** A slice belongs to a Service through its label, never through its name. */
export function slicesOfService(
	service: ServiceObject,
	slices: readonly EndpointSliceObject[]
): EndpointSliceObject[] {
	return slices.filter(
		(s) =>
			s.metadata.namespace === service.metadata.namespace &&
			s.metadata.labels[SERVICE_NAME_LABEL] === service.metadata.name
	);
}

/**
 * Every endpoint of `port`, deduplicated and sorted the way endpointslicecache.go does:
 * endpoints are keyed by ServicePortName (port name AND protocol) and by "ip:port", only the
 * first address of an endpoint counts, and the result is sorted by the "ip:port" string, so
 * 10.0.1.10:80 sorts before 10.0.1.2:80. kube-proxy walks slices in map order and keeps the
 * first duplicate it meets (a later one wins only if it is on kube-proxy's own node); this keeps
 * the first in input order, which only differs when duplicates disagree on their conditions.
 */
export function servicePortEndpoints(
	service: ServiceObject,
	port: ServicePort,
	slices: readonly EndpointSliceObject[]
): ServiceEndpoint[] {
	const byKey = new Map<string, ServiceEndpoint>();
	for (const slice of slicesOfService(service, slices)) {
		for (const slicePort of slice.ports) {
			const matches = slicePort.name === (port.name ?? '') && slicePort.protocol === port.protocol;
			if (!matches || !slicePort.port) continue;
			for (const ep of slice.endpoints) {
				if (ep.addresses.length === 0) continue;
				const endpoint = `${ep.addresses[0]}:${slicePort.port}`;
				if (byKey.has(endpoint)) continue;
				byKey.set(endpoint, {
					ip: ep.addresses[0],
					port: slicePort.port,
					endpoint,
					...ep.conditions,
					nodeName: ep.nodeName,
					targetRef: ep.targetRef,
					slice: slice.metadata.name
				});
			}
		}
	}
	return [...byKey.values()].sort((a, b) => compareStrings(a.endpoint, b.endpoint));
}

/**
 * CategorizeEndpoints for Cluster policy: the ready endpoints, or, when none is ready anywhere,
 * the ones that are still serving while terminating (KEP-1669, ProxyTerminatingEndpoints),
 * so a rolling update's last pod keeps receiving traffic until it stops serving.
 */
export function usableEndpoints(endpoints: readonly ServiceEndpoint[]): ServiceEndpoint[] {
	const ready = endpoints.filter((ep) => ep.ready);
	if (ready.length > 0) return ready;
	return endpoints.filter((ep) => ep.serving && ep.terminating);
}
