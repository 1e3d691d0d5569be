/**
 * Pods as the API stores them. Inside the simulation a container's requests are integers
 * (millicores, bytes) so the scheduler can add them up; in etcd they are quantities under
 * `resources.requests`, with the fields the apiserver defaults on decode.
 */
import { getPrefix, put, readObject, type EtcdStore, type KeyValue } from './etcd';
import type { ContainerSpec, PodObject } from './model';
import { formatCpu, formatMemory, parseCpu, parseMemory } from './quantity';
import { parseImage } from './registry';

type Quantities = { cpu?: string; memory?: string };
type StoredContainer = Omit<ContainerSpec, 'requests' | 'limits'> & {
	imagePullPolicy: 'Always' | 'IfNotPresent';
	/** ResourceRequirements in its Go field order: limits, then requests */
	resources: { limits?: Quantities; requests?: Quantities };
	terminationMessagePath: string;
	terminationMessagePolicy: 'File';
};

/** Defaulting (pkg/apis/core/v1/defaults.go): `:latest` or no tag pulls Always, else IfNotPresent. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
	const ref = parseImage(image);
	return !ref || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** cpu and memory as quantities a manifest writes (`250m`, `64Mi`), the ones given only */
export const quantities = (r: ContainerSpec['requests']): Quantities => ({
	...(r?.cpu !== undefined ? { cpu: formatCpu(r.cpu) } : {}),
	...(r?.memory !== undefined ? { memory: formatMemory(r.memory) } : {})
});

/**
 * A container as stored: requests and limits as quantities under resources (a resource limited
 * but not requested is requested at its limit: SetDefaults_Pod), and SetDefaults_Container's fields.
 */
export function encodeContainer(c: ContainerSpec): StoredContainer {
	const { requests: asked, limits: capped, ...rest } = c;
	const limits = quantities(capped);
	const requests = { ...limits, ...quantities(asked) };
	return {
		...rest,
		imagePullPolicy: defaultPullPolicy(c.image),
		resources: {
			...(Object.keys(limits).length ? { limits } : {}),
			...(Object.keys(requests).length ? { requests } : {})
		},
		terminationMessagePath: '/dev/termination-log',
		terminationMessagePolicy: 'File'
	};
}

/** What the simulation reads of a stored container: its requests as numbers again, without the defaults. */
function decodeContainer(stored: StoredContainer): ContainerSpec {
	const rest: Partial<StoredContainer> = { ...stored };
	delete rest.resources;
	delete rest.imagePullPolicy;
	delete rest.terminationMessagePath;
	delete rest.terminationMessagePolicy;
	const amounts = (q: Quantities) => ({
		...(q.cpu !== undefined ? { cpu: parseCpu(q.cpu) ?? 0 } : {}),
		...(q.memory !== undefined ? { memory: parseMemory(q.memory) ?? 0 } : {})
	});
	const { requests, limits } = stored.resources;
	return {
		...(rest as ContainerSpec),
		...(requests ? { requests: amounts(requests) } : {}),
		...(limits ? { limits: amounts(limits) } : {})
	};
}

/**
 * The scheme's defaults for any pod spec, a pod template's too (pkg/apis/core/v1/defaults.go
 * SetDefaults_PodSpec and SetDefaults_Container), filled where the spec has none. The apiserver
 * applies them when it decodes a request; the simulation builds some objects directly, so
 * storage fills them for all. Encoding to v1 also copies `serviceAccountName` into the deprecated
 * `serviceAccount` (pkg/apis/core/v1/conversion.go Convert_core_PodSpec_To_v1_PodSpec), for every
 * pod spec: a DaemonSet's template shows both, as a pod does.
 */
export function encodePodSpec(spec: Omit<PodObject['spec'], 'schedulerName' | 'restartPolicy'>) {
	const { initContainers, ...rest } = spec;
	return {
		dnsPolicy: 'ClusterFirst',
		restartPolicy: 'Always',
		schedulerName: 'default-scheduler',
		securityContext: {},
		terminationGracePeriodSeconds: 30,
		...rest,
		...(initContainers ? { initContainers: initContainers.map(encodeContainer) } : {}),
		containers: spec.containers.map(encodeContainer),
		...(spec.serviceAccountName ? { serviceAccount: spec.serviceAccountName } : {})
	};
}

/**
 * A pod as stored: its spec's defaults, the one default only a Pod gets (SetDefaults_Pod:
 * enableServiceLinks). resourceVersion is not stored: it is the key's revision.
 */
export function encodePod(pod: PodObject): string {
	const metadata = { ...pod.metadata };
	delete metadata.resourceVersion;
	return JSON.stringify({
		...pod,
		metadata,
		spec: { enableServiceLinks: true, ...encodePodSpec(pod.spec) }
	});
}

/** The object a client reads back: resourceVersion is the key's mod_revision. */
export function decodePod(kv: KeyValue): PodObject {
	const pod = readObject<
		PodObject & { spec: { containers: StoredContainer[]; initContainers?: StoredContainer[] } }
	>(kv);
	const { initContainers: inits, containers } = pod.spec;
	return {
		...pod,
		spec: {
			...pod.spec,
			...(inits ? { initContainers: inits.map(decodeContainer) } : {}),
			containers: containers.map(decodeContainer)
		}
	};
}

export function storePod(etcd: EtcdStore, pod: PodObject): KeyValue {
	return put(etcd, podKey(pod.metadata.namespace, pod.metadata.name), encodePod(pod));
}

export function podKey(namespace: string, name: string): string {
	return `/registry/pods/${namespace}/${name}`;
}

/** Every pod stored, in key order: what the apiserver lists. */
export function listPods(state: { etcd: EtcdStore }): PodObject[] {
	return getPrefix(state.etcd, '/registry/pods/').map(decodePod);
}
