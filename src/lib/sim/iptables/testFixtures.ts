/** Builders for Services and EndpointSlices in the specs (not used by the simulation itself). */
import type { Endpoint, EndpointSliceObject, ServiceObject, ServicePort } from '$lib/sim/model';
import { SERVICE_NAME_LABEL } from './endpoints';

export function makeService(
	namespace: string,
	name: string,
	clusterIP: string,
	ports: Partial<ServicePort>[] = [{}]
): ServiceObject {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { namespace, name },
		spec: {
			type: 'ClusterIP',
			clusterIP,
			clusterIPs: [clusterIP],
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			ports: ports.map((p) => ({ protocol: 'TCP', port: 80, targetPort: 80, ...p })),
			sessionAffinity: 'None',
			internalTrafficPolicy: 'Cluster'
		},
		status: { loadBalancer: {} }
	};
}

export type EndpointSpec = string | (Partial<Endpoint['conditions']> & { ip: string });

export function makeEndpoint(spec: EndpointSpec): Endpoint {
	const { ip, ...conditions } = typeof spec === 'string' ? { ip: spec } : spec;
	return {
		addresses: [ip],
		conditions: { ready: true, serving: true, terminating: false, ...conditions }
	};
}

export function makeSlice(
	namespace: string,
	service: string,
	endpoints: EndpointSpec[],
	ports: EndpointSliceObject['ports'] = [{ name: '', protocol: 'TCP', port: 80 }],
	name = `${service}-abcde`
): EndpointSliceObject {
	return {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: { namespace, name, labels: { [SERVICE_NAME_LABEL]: service } },
		addressType: 'IPv4',
		endpoints: endpoints.map(makeEndpoint),
		ports
	};
}
