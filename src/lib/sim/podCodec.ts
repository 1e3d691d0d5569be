/**
 * Pods as the API stores them. Inside the simulation a container's requests are integers
 * (millicores, bytes) so the scheduler can add them up; in etcd they are quantities under
 * `resources.requests`, with the fields the apiserver defaults on decode.
 */
import { getPrefix, put, readObject, type EtcdStore, type KeyValue } from './etcd';
import type { ContainerSpec, PodObject } from './model';
import { formatCpu, formatMemory, parseCpu, parseMemory } from './quantity';
import { parseImage } from './registry';

interface StoredContainer {
	name: string;
	image: string;
	imagePullPolicy: 'Always' | 'IfNotPresent';
	args?: string[];
	ports?: ContainerSpec['ports'];
	resources: { requests?: { cpu?: string; memory?: string } };
	volumeMounts?: ContainerSpec['volumeMounts'];
}

/** Defaulting (pkg/apis/core/v1/defaults.go): `:latest` or no tag pulls Always, else IfNotPresent. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
	const ref = parseImage(image);
	return !ref || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function encodeContainer(c: ContainerSpec): StoredContainer {
	const requests: { cpu?: string; memory?: string } = {};
	if (c.requests?.cpu !== undefined) requests.cpu = formatCpu(c.requests.cpu);
	if (c.requests?.memory !== undefined) requests.memory = formatMemory(c.requests.memory);
	return {
		name: c.name,
		image: c.image,
		...(c.args ? { args: c.args } : {}),
		...(c.ports ? { ports: c.ports } : {}),
		imagePullPolicy: defaultPullPolicy(c.image),
		resources: Object.keys(requests).length ? { requests } : {},
		...(c.volumeMounts ? { volumeMounts: c.volumeMounts } : {})
	};
}

function decodeContainer(c: StoredContainer): ContainerSpec {
	const r = c.resources.requests;
	const requests: ContainerSpec['requests'] = {};
	if (r?.cpu !== undefined) requests.cpu = parseCpu(r.cpu) ?? 0;
	if (r?.memory !== undefined) requests.memory = parseMemory(r.memory) ?? 0;
	const extra = {
		...(c.args ? { args: c.args } : {}),
		...(c.ports ? { ports: c.ports } : {}),
		...(c.volumeMounts ? { volumeMounts: c.volumeMounts } : {})
	};
	return r
		? { name: c.name, image: c.image, requests, ...extra }
		: { name: c.name, image: c.image, ...extra };
}

export function encodePod(pod: PodObject): string {
	const stored = structuredClone(pod) as unknown as {
		metadata: { resourceVersion?: string };
		spec: { containers: unknown[] };
	};
	delete stored.metadata.resourceVersion;
	stored.spec.containers = pod.spec.containers.map(encodeContainer);
	return JSON.stringify(stored);
}

/** The object a client reads back: resourceVersion is the key's mod_revision. */
export function decodePod(kv: KeyValue): PodObject {
	const pod = readObject<PodObject & { spec: { containers: StoredContainer[] } }>(kv);
	return { ...pod, spec: { ...pod.spec, containers: pod.spec.containers.map(decodeContainer) } };
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
