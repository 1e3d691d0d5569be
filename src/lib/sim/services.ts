/**
 * Services and their endpoints as the control plane keeps them (reference §3, §4): the ClusterIP
 * allocator with its ServiceCIDR and IPAddress objects, the Service and EndpointSlice objects in
 * etcd, what the EndpointSlice and Endpoints controllers write for a Service, and who watches them.
 */
import type { ClusterState } from './cluster';
import { get, getPrefix, put, readObject, type EtcdStore, type KeyValue } from './etcd';
import { generatedName, uid } from './ids';
import { selectorMatches } from './labels';
import type { Endpoint, EndpointSliceObject, PodObject, ServiceObject } from './model';
import { createRng, intn } from './rng';
import type { Delivery, WatchType } from './apiserver';
import { SERVICE_NAME_LABEL, slicesOfService } from './iptables/endpoints';
import { formatIPv4, parseCidr, parseIPv4 } from './iptables/ip';
import { endpointsKey, serviceKey, sliceKey } from './serviceKeys';
import { CONTROL_PLANE_ADDRESS } from './controlPlane';
import { withIdentity } from './objectMeta';
import { timestamp } from './time';

export { SERVICE_NAME_LABEL, endpointsKey, serviceKey, sliceKey };

/** kubeadm's default `--service-cluster-ip-range` */
export const SERVICE_CIDR = '10.96.0.0/12';
export const MANAGED_BY = 'endpointslice-controller.k8s.io';

/**
 * The ClusterIP allocator (pkg/registry/core/service/ipallocator/ipallocator.go, v1.34): the
 * range's usable addresses run from network+1 to broadcast-1, and since KEP-3070 a dynamic
 * allocation picks at random from the upper band, above min(max(16, size/16), 256) addresses
 * reserved for static IPs (calculateRangeOffset), scanning on from there past the taken ones
 * (ipIterator).
 */
export function allocateClusterIP(seed: string, purpose: string, taken: Set<string>): string {
	const { network, prefix } = parseCidr(SERVICE_CIDR);
	const size = 2 ** (32 - prefix) - 2;
	const offset = Math.min(Math.max(16, Math.floor(size / 16)), 256);
	const rand = createRng(`${seed}/clusterIP/${purpose}`);
	const first = network + 1;
	const start = offset + intn(rand, size - offset);
	for (let i = 0; i < size - offset; i++) {
		const ip = formatIPv4(first + offset + ((start - offset + i) % (size - offset)));
		if (!taken.has(ip)) return ip;
	}
	throw new Error('service IP range exhausted');
}

/** pkg/controlplane/controller/defaultservicecidr DefaultServiceCIDRName */
export const DEFAULT_SERVICE_CIDR = 'kubernetes';
/** Where the networking.k8s.io objects are stored: their resource name, then the object's name. */
export const serviceCIDRKey = (name: string) => `/registry/servicecidrs/${name}`;
export const ipAddressKey = (ip: string) => `/registry/ipaddresses/${ip}`;
/** staging/src/k8s.io/api/networking/v1/well_known_labels.go */
const IP_FAMILY_LABEL = 'ipaddress.kubernetes.io/ip-family';
const IP_MANAGED_BY_LABEL = 'ipaddress.kubernetes.io/managed-by';
/** ipallocator.go ControllerName: the apiserver's allocator marks the IPAddresses it creates */
export const IP_ALLOCATOR = 'ipallocator.k8s.io';

export interface ServiceCIDRObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'ServiceCIDR';
	metadata: { name: string; finalizers: string[]; resourceVersion?: string };
	spec: { cidrs: string[] };
	status: {
		conditions: {
			type: string;
			status: string;
			lastTransitionTime: string;
			reason: string;
			message: string;
		}[];
	};
}

export interface IPAddressObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'IPAddress';
	metadata: { name: string; labels: Record<string, string>; resourceVersion?: string };
	spec: { parentRef: { resource: 'services'; namespace: string; name: string } };
}

/**
 * The default ServiceCIDR as a running cluster holds it. kube-apiserver's default ServiceCIDR
 * controller creates it from --service-cluster-ip-range before it serves
 * (pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go); the
 * controller-manager's ServiceCIDR controller then adds the protection finalizer and owns the
 * Ready condition, which carries no reason
 * (pkg/controller/servicecidrs/servicecidrs_controller.go).
 */
export function defaultServiceCIDR(at: number): ServiceCIDRObject {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'ServiceCIDR',
		metadata: {
			name: DEFAULT_SERVICE_CIDR,
			finalizers: ['networking.k8s.io/service-cidr-finalizer']
		},
		spec: { cidrs: [SERVICE_CIDR] },
		status: {
			conditions: [
				{
					type: 'Ready',
					status: 'True',
					lastTransitionTime: timestamp(at),
					reason: '',
					message: 'Kubernetes Service CIDR is ready'
				}
			]
		}
	};
}

export function storeDefaultServiceCIDR(etcd: EtcdStore, at: number): KeyValue {
	const key = serviceCIDRKey(DEFAULT_SERVICE_CIDR);
	return putObject(etcd, key, defaultServiceCIDR(at), at);
}

/**
 * The IPAddress the allocator creates for one ClusterIP (ipallocator.go createIPAddress): named by
 * the address, labelled with its family and the allocator, its parentRef naming the Service
 * (serviceToRef: group "" is omitted from JSON, omitempty).
 */
export function ipAddressOf(
	ip: string,
	parent: { namespace: string; name: string }
): IPAddressObject {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'IPAddress',
		metadata: {
			name: ip,
			labels: { [IP_FAMILY_LABEL]: 'IPv4', [IP_MANAGED_BY_LABEL]: IP_ALLOCATOR }
		},
		spec: { parentRef: { resource: 'services', namespace: parent.namespace, name: parent.name } }
	};
}

export function storeIPAddress(
	etcd: EtcdStore,
	ip: string,
	parent: { namespace: string; name: string },
	at: number
): KeyValue {
	const key = ipAddressKey(ip);
	return putObject(etcd, key, ipAddressOf(ip, parent), at);
}

/** The ClusterIPs the allocator holds: every IPAddress it manages inside the range. */
export function takenServiceIPs(etcd: EtcdStore): string[] {
	const { network, prefix } = parseCidr(SERVICE_CIDR);
	const inRange = (ip: string) => (parseIPv4(ip)! - network) >>> 0 < 2 ** (32 - prefix);
	return getPrefix(etcd, ipAddressKey(''))
		.map((kv) => readObject<IPAddressObject>(kv))
		.filter((a) => a.metadata.labels[IP_MANAGED_BY_LABEL] === IP_ALLOCATOR)
		.map((a) => a.metadata.name)
		.filter(inRange);
}

/**
 * The allocator at work for Service `purpose` ("namespace/name") at time `at`: a free address,
 * and the IPAddress it creates for it through the apiserver's own client (AllocateNextService),
 * which is etcd's write before the Service's.
 */
export function allocateServiceIP(
	state: ClusterState,
	purpose: string,
	at = state.clock
): { ip: string; address: KeyValue } {
	const [namespace, name] = purpose.split('/');
	const ip = allocateClusterIP(state.seed, purpose, new Set(takenServiceIPs(state.etcd)));
	return { ip, address: storeIPAddress(state.etcd, ip, { namespace, name }, at) };
}

export function kubernetesService(): ServiceObject {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: {
			name: 'kubernetes',
			namespace: 'default',
			labels: { component: 'apiserver', provider: 'kubernetes' }
		},
		spec: {
			type: 'ClusterIP',
			clusterIP: '10.96.0.1',
			clusterIPs: ['10.96.0.1'],
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
			sessionAffinity: 'None',
			internalTrafficPolicy: 'Cluster'
		},
		status: { loadBalancer: {} }
	};
}

/** The apiserver's own endpoint reconciler keeps this one (no controller owns it). */
export function kubernetesSlice(): EndpointSliceObject {
	return {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {
			name: 'kubernetes',
			namespace: 'default',
			labels: { [SERVICE_NAME_LABEL]: 'kubernetes' }
		},
		addressType: 'IPv4',
		endpoints: [
			{
				addresses: [CONTROL_PLANE_ADDRESS],
				conditions: { ready: true, serving: true, terminating: false }
			}
		],
		ports: [{ name: 'https', protocol: 'TCP', port: 6443 }]
	};
}

/**
 * The `kubernetes` Service's Endpoints, which the API server's endpoint reconciler writes before
 * its slice (pkg/controlplane/reconcilers/endpointsadapter.go): labelled so that the
 * EndpointSlice mirroring controller leaves it alone.
 */
export function storeKubernetesEndpoints(etcd: EtcdStore, at: number): KeyValue {
	const key = endpointsKey('default', 'kubernetes');
	const endpoints = {
		apiVersion: 'v1',
		kind: 'Endpoints',
		metadata: {
			name: 'kubernetes',
			namespace: 'default',
			labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' }
		},
		subsets: [
			{
				addresses: [{ ip: CONTROL_PLANE_ADDRESS }],
				ports: [{ name: 'https', port: 6443, protocol: 'TCP' }]
			}
		]
	};
	return putObject(etcd, key, endpoints, at);
}

/**
 * Writes `obj` at `key` as the apiserver stores it at time `at`: its identity kept from the stored
 * object, if any, and no resourceVersion (the key's revision is that).
 */
function putObject<T extends { metadata: object }>(
	etcd: EtcdStore,
	key: string,
	obj: T,
	at: number
): KeyValue {
	const copy = structuredClone(withIdentity(etcd, key, obj, at));
	delete (copy.metadata as { resourceVersion?: string }).resourceVersion;
	return put(etcd, key, JSON.stringify(copy));
}

export function storeService(etcd: EtcdStore, svc: ServiceObject, at: number): KeyValue {
	const key = serviceKey(svc.metadata.namespace, svc.metadata.name);
	return putObject(etcd, key, svc, at);
}

/**
 * Writes a slice at time `at`. Its generation counts changes to its endpoints, ports and labels
 * (pkg/registry/discovery/endpointslice/strategy.go), and a slice the controller manages says
 * when the change that made it happened (endpoints.kubernetes.io/last-change-trigger-time,
 * staging/src/k8s.io/endpointslice/utils.go addTriggerTimeAnnotation).
 */
export function storeSlice(etcd: EtcdStore, slice: EndpointSliceObject, at: number): KeyValue {
	const key = sliceKey(slice.metadata.namespace, slice.metadata.name);
	const kv = get(etcd, key);
	const before = kv ? readObject<EndpointSliceObject>(kv) : null;
	// the strategy bumps generation when endpoints, ports or labels change
	const wants = (s: EndpointSliceObject) =>
		JSON.stringify([s.endpoints, s.ports, s.metadata.labels]);
	const changed = !before || wants(before) !== wants(slice);
	const managed = slice.metadata.labels['endpointslice.kubernetes.io/managed-by'] === MANAGED_BY;
	const metadata = {
		...slice.metadata,
		generation: before ? (before.metadata.generation ?? 1) + (changed ? 1 : 0) : 1,
		...(managed
			? {
					annotations: changed
						? { 'endpoints.kubernetes.io/last-change-trigger-time': timestamp(at) }
						: (before?.metadata.annotations ?? {})
				}
			: {})
	};
	return putObject(etcd, key, { ...slice, metadata }, at);
}

export function listServices(state: ClusterState): ServiceObject[] {
	return getPrefix(state.etcd, '/registry/services/specs/').map((kv) => readObject(kv));
}

export function listSlices(state: ClusterState): EndpointSliceObject[] {
	return getPrefix(state.etcd, '/registry/endpointslices/').map((kv) => readObject(kv));
}

export function readService(state: ClusterState, ns: string, name: string): ServiceObject | null {
	const kv = state.etcd.kvs[serviceKey(ns, name)];
	return kv ? readObject<ServiceObject>(kv) : null;
}

export function slicesOf(state: ClusterState, svc: ServiceObject): EndpointSliceObject[] {
	return slicesOfService(svc, listSlices(state));
}

/** `kubectl expose deployment <name> --port --target-port`: the Service it sends, before defaults. */
export function exposedService(
	name: string,
	labels: Record<string, string>,
	selector: Record<string, string>,
	port: number,
	targetPort: number
): Omit<ServiceObject, 'spec'> & { spec: Partial<ServiceObject['spec']> } {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name, namespace: 'default', labels },
		spec: { selector, ports: [{ protocol: 'TCP', port, targetPort }] },
		status: { loadBalancer: {} }
	};
}

/**
 * The Service the apiserver stores for an exposed one: with its uid, creation time, the defaults
 * (pkg/apis/core/v1/defaults.go) and the allocated ClusterIP.
 */
export function storedService(
	req: ReturnType<typeof exposedService>,
	ip: string,
	seed: string,
	at: number
): ServiceObject {
	const { name, namespace } = req.metadata;
	return {
		...req,
		metadata: {
			...req.metadata,
			uid: uid(seed, `svc/${namespace}/${name}`),
			creationTimestamp: timestamp(at)
		},
		spec: {
			type: 'ClusterIP',
			selector: req.spec.selector,
			clusterIP: ip,
			clusterIPs: [ip],
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			ports: req.spec.ports!,
			sessionAffinity: 'None',
			internalTrafficPolicy: 'Cluster'
		}
	};
}

function isPodReady(p: PodObject): boolean {
	return p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function selects(selector: Record<string, string> | undefined, p: PodObject): boolean {
	if (!selector) return false;
	return selectorMatches(selector, p.metadata.labels);
}

/**
 * The endpoints the EndpointSlice controller derives for a Service: every selected pod that has
 * an IP and has not finished, with ready/serving/terminating from the pod
 * (pkg/controller/endpointslice/utils.go podToEndpoint; serving = ready ignoring termination).
 */
export function endpointsForService(pods: PodObject[], svc: ServiceObject): Endpoint[] {
	return pods
		.filter(
			(p) =>
				p.metadata.namespace === svc.metadata.namespace &&
				selects(svc.spec.selector, p) &&
				p.status.podIP &&
				p.status.phase !== 'Succeeded' &&
				p.status.phase !== 'Failed'
		)
		.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))
		.map((p) => {
			const terminating = Boolean(p.metadata.deletionTimestamp);
			const ready = isPodReady(p);
			return {
				addresses: [p.status.podIP!],
				conditions: { ready: ready && !terminating, serving: ready, terminating },
				nodeName: p.spec.nodeName,
				targetRef: {
					kind: 'Pod',
					namespace: p.metadata.namespace,
					name: p.metadata.name,
					uid: p.metadata.uid
				}
			};
		});
}

/** The slice the controller wants for a Service; `name` keeps an existing slice's name. */
export function desiredSlice(
	seed: string,
	svc: ServiceObject,
	pods: PodObject[],
	name?: string
): EndpointSliceObject {
	const ns = svc.metadata.namespace;
	const svcName = svc.metadata.name;
	return {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {
			// generateName: the apiserver appends 5 random characters (names.SimpleNameGenerator)
			name: name ?? generatedName(`${svcName}-`, seed, `endpointslice/${ns}/${svcName}`),
			generateName: `${svcName}-`,
			namespace: ns,
			labels: {
				...svc.metadata.labels,
				'endpointslice.kubernetes.io/managed-by': MANAGED_BY,
				[SERVICE_NAME_LABEL]: svcName
			},
			ownerReferences: [
				{
					apiVersion: 'v1',
					kind: 'Service',
					name: svcName,
					uid: svc.metadata.uid ?? uid(seed, `${ns}/${svcName}`),
					controller: true,
					blockOwnerDeletion: true
				}
			]
		},
		addressType: 'IPv4',
		endpoints: endpointsForService(pods, svc),
		ports: svc.spec.ports.map((p) => ({
			name: p.name ?? '',
			protocol: p.protocol,
			port: p.targetPort
		}))
	};
}

/** pkg/controller/endpoint/endpoints_controller.go LabelManagedBy and ControllerName (since v1.33) */
const ENDPOINTS_MANAGED_BY_LABEL = 'endpoints.kubernetes.io/managed-by';
const ENDPOINT_CONTROLLER = 'endpoint-controller';

/**
 * The legacy Endpoints object the endpoints controller keeps beside the slices. Unlike a slice it
 * leaves terminating pods out (pkg/controller/endpoint/endpoints_controller.go, unless the
 * Service publishes not-ready addresses, which these do not). Its labels are the Service's, and
 * the controller's own managed-by label marks it as one Kubernetes made (syncService).
 */
export function legacyEndpoints(svc: ServiceObject, all: Endpoint[]) {
	const endpoints = all.filter((e) => !e.conditions.terminating);
	const address = (e: Endpoint) => ({
		ip: e.addresses[0],
		nodeName: e.nodeName,
		targetRef: e.targetRef
	});
	const ready = endpoints.filter((e) => e.conditions.ready).map(address);
	const notReady = endpoints.filter((e) => !e.conditions.ready).map(address);
	const subset = {
		...(ready.length ? { addresses: ready } : {}),
		...(notReady.length ? { notReadyAddresses: notReady } : {}),
		ports: svc.spec.ports.map((p) => ({
			...(p.name ? { name: p.name } : {}),
			port: p.targetPort,
			protocol: p.protocol
		}))
	};
	return {
		apiVersion: 'v1',
		kind: 'Endpoints',
		metadata: {
			name: svc.metadata.name,
			namespace: svc.metadata.namespace,
			labels: { ...svc.metadata.labels, [ENDPOINTS_MANAGED_BY_LABEL]: ENDPOINT_CONTROLLER }
		},
		// subsets is omitempty: no endpoints, no field (kubectl shows none)
		...(ready.length || notReady.length ? { subsets: [subset] } : {})
	};
}

export function storeEndpoints(
	etcd: EtcdStore,
	svc: ServiceObject,
	endpoints: Endpoint[],
	at: number
) {
	const key = endpointsKey(svc.metadata.namespace, svc.metadata.name);
	const obj = legacyEndpoints(svc, endpoints);
	// the endpoints controller marks each write with the time of the change behind it
	const annotations = { 'endpoints.kubernetes.io/last-change-trigger-time': timestamp(at) };
	const marked = { ...obj, metadata: { ...obj.metadata, annotations } };
	return putObject(etcd, key, marked, at);
}

/** A Service another proxy implements carries this label; kube-proxy leaves it alone. */
export const SERVICE_PROXY_NAME_LABEL = 'service.kubernetes.io/service-proxy-name';
/** The EndpointSlice controller labels a headless Service's slices with this: nothing to proxy. */
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
/**
 * kube-proxy's informers list and watch Services and EndpointSlices with this label selector
 * (cmd/kube-proxy/app/server.go: two DoesNotExist requirements, which labels.Selector prints
 * sorted by key).
 */
export const PROXY_SELECTOR = `!${HEADLESS_LABEL},!${SERVICE_PROXY_NAME_LABEL}`;

/**
 * Who is told about a Service or EndpointSlice change, given the object's labels:
 * kube-controller-manager's informers, which watch every one, and every node's kube-proxy when
 * its selector matches. The flows add and modify these objects without changing their labels, so
 * an event's type is the write's (an informer would see a relabelled object ADDED or DELETED).
 */
export function serviceWatchers(
	state: ClusterState,
	type: WatchType,
	labels: Record<string, string>
): Delivery[] {
	const proxied = !(HEADLESS_LABEL in labels) && !(SERVICE_PROXY_NAME_LABEL in labels);
	return [
		{ actor: 'kube-controller-manager', type, selector: '' },
		...(proxied
			? state.nodes.map((n) => ({ actor: `kube-proxy@${n.name}`, type, selector: PROXY_SELECTOR }))
			: [])
	];
}

/** The labels of the Service or EndpointSlice stored at `key`, none when there is none. */
export function storedLabels(state: ClusterState, key: string): Record<string, string> {
	const kv = state.etcd.kvs[key];
	return kv
		? (readObject<{ metadata: { resourceVersion?: string; labels?: Record<string, string> } }>(kv)
				.metadata.labels ?? {})
		: {};
}
