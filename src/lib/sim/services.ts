/**
 * Services and their endpoints as the control plane keeps them (reference §3, §4): the ClusterIP
 * allocator, the Service and EndpointSlice objects in etcd, what the EndpointSlice and Endpoints
 * controllers write for a Service, and who watches them.
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
 * The legacy bitmap allocator (pkg/registry/core/service/ipallocator): offsets count from the
 * range's first usable address, and since KEP-3070 (GA in v1.26) a dynamic allocation picks at
 * random from the upper band, above min(max(16, size/16), 256) addresses reserved for static IPs.
 */
export function allocateClusterIP(seed: string, purpose: string, taken: Set<string>): string {
	const { network, prefix } = parseCidr(SERVICE_CIDR);
	const size = 2 ** (32 - prefix) - 2;
	const offset = Math.min(Math.max(16, Math.floor(size / 16)), 256);
	const rand = createRng(`${seed}/clusterIP/${purpose}`);
	const first = network + 1;
	// Upstream scans on from the random offset when the address is taken: do the same.
	const start = offset + intn(rand, size - offset);
	for (let i = 0; i < size - offset; i++) {
		const ip = formatIPv4(first + offset + ((start - offset + i) % (size - offset)));
		if (!taken.has(ip)) return ip;
	}
	throw new Error('service IP range exhausted');
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

function stored<T extends { metadata: { resourceVersion?: string } }>(obj: T): string {
	const copy = structuredClone(obj);
	delete copy.metadata.resourceVersion;
	return JSON.stringify(copy);
}

export function storeService(etcd: EtcdStore, svc: ServiceObject, at: number): KeyValue {
	const key = serviceKey(svc.metadata.namespace, svc.metadata.name);
	return put(etcd, key, stored(withIdentity(etcd, key, svc, at)));
}

/**
 * The ClusterIP allocator's state. v1.32 runs the legacy bitmap allocator (MultiCIDRServiceAllocator
 * is beta and off by default until v1.33): one RangeAllocation under this key, rewritten by every
 * allocation (pkg/registry/core/service/allocator/storage/storage.go, Allocate → tryUpdate →
 * GuaranteedUpdate). Its `data` is a bitmap of the taken offsets; the stored JSON names the
 * addresses it marks (the bytes of a /12's bitmap run to 128 KiB), and `rangeBitmap` gives the bytes.
 */
export const SERVICE_RANGE_KEY = '/registry/ranges/serviceips';

export function storeServiceRange(etcd: EtcdStore, taken: string[]): KeyValue {
	const { network } = parseCidr(SERVICE_CIDR);
	const bits = [...taken]
		.map((ip) => ({ ip, bit: parseIPv4(ip)! - network - 1 }))
		.sort((a, b) => a.bit - b.bit);
	return put(
		etcd,
		SERVICE_RANGE_KEY,
		JSON.stringify({
			apiVersion: 'v1',
			kind: 'RangeAllocation',
			metadata: {},
			range: SERVICE_CIDR,
			// the bytes of a big integer, one bit per address from the range's first host
			data: `<bitmap: bits ${bits.map((b) => b.bit).join(', ')} set = ${bits.map((b) => b.ip).join(', ')}>`
		})
	);
}

/** the addresses the stored `data` names as marked (`<bitmap: bits … set = 10.96.0.1, …>`) */
const markedAddresses = (data: string) =>
	data.slice(data.indexOf('=') + 1).match(/\d+\.\d+\.\d+\.\d+/g) ?? [];

/**
 * The bytes etcd holds in the range's `data`: allocator/bitmap.go Snapshot's big.Int, big-endian
 * and minimal, bit i set for the range's first host + i.
 */
export function rangeBitmap(data: string): Uint8Array {
	const { network } = parseCidr(SERVICE_CIDR);
	const bits = markedAddresses(data).map((ip) => parseIPv4(ip)! - network - 1);
	if (!bits.length) return new Uint8Array();
	const bytes = new Uint8Array((Math.max(...bits) >> 3) + 1);
	for (const bit of bits) bytes[bytes.length - 1 - (bit >> 3)] |= 1 << (bit & 7);
	return bytes;
}

/** The addresses the allocator's bitmap marks taken. */
export function takenServiceIPs(etcd: EtcdStore): string[] {
	const kv = etcd.kvs[SERVICE_RANGE_KEY];
	if (!kv) return [];
	const { data } = readObject<{ metadata: object; data: string }>(kv);
	return markedAddresses(data);
}

/** The allocator at work: a free address beside those its range marks taken, and the range written with it. */
export function allocateServiceIP(
	state: ClusterState,
	purpose: string
): { ip: string; range: KeyValue } {
	const taken = takenServiceIPs(state.etcd);
	const ip = allocateClusterIP(state.seed, purpose, new Set(taken));
	return { ip, range: storeServiceRange(state.etcd, [...taken, ip]) };
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
	return put(etcd, key, stored(withIdentity(etcd, key, { ...slice, metadata }, at)));
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

/**
 * The legacy Endpoints object the endpoints controller keeps beside the slices. Unlike a slice it
 * leaves terminating pods out (pkg/controller/endpoint/endpoints_controller.go, unless the
 * Service publishes not-ready addresses, which these do not).
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
			labels: svc.metadata.labels ?? {}
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
	return put(etcd, key, JSON.stringify(withIdentity(etcd, key, marked, at)));
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
