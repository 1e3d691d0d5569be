/**
 * The pod-creation flow's pod as a manifest, and a manifest as the flow's pod. The manifest is
 * what `kubectl run NAME --image=IMAGE --dry-run=client -o yaml` prints, with the scenario's
 * requests; applying one plays the flow with the fields it models (the pod's name and labels,
 * each container's name, image, command, args, cpu and memory requests and limits, nodeSelector, nodeName,
 * tolerations) and names every other field it leaves out.
 */
import { basicPod } from '$lib/sim/cli/kubectlRun';
import { parseCpu, parseMemory } from '$lib/sim/quantity';
import {
	manifestInitContainers,
	manifestContainer,
	ownCommand,
	placement,
	resourcesOf
} from './apiserverSteps';
import { MAX_CONTAINERS, MAX_INIT_CONTAINERS, type ContainerScenario } from './containers';
import { podContainers } from './playedContainers';
import { parseImage } from '$lib/sim/registry';
import { toYaml } from '$lib/sim/yaml';
import type { Toleration } from '$lib/sim/model';
import { isDns1123Label } from '$lib/sim/manifest/names';
import type { PodScenario } from './scenario';

export function manifestOf(s: PodScenario): string {
	const [first, ...more] = podContainers(s);
	const pod = basicPod({
		name: s.name,
		image: s.image,
		labels: s.labels ?? undefined,
		resources: resourcesOf(first),
		// a name of its own replaces kubectl run's, the pod's
		container: { name: first.name, ...ownCommand(first) }
	});
	const others = more.map((c) => manifestContainer(c, true));
	const containers = [...pod.spec.containers, ...others];
	return toYaml(
		{
			...pod,
			spec: { ...pod.spec, containers, ...manifestInitContainers(s, true), ...placement(s) }
		},
		{ sorted: true }
	);
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
/** a map of label values the API server accepted: every value a string (an empty one for null) */
const stringMap = (v: unknown): Record<string, string> =>
	Object.fromEntries(Object.entries(obj(v)).map(([k, x]) => [k, x === null ? '' : String(x)]));

/** the maps the flow plays whole: every key under them */
const PLAYED_MAPS = ['metadata.labels.', 'spec.nodeSelector.'];
/** a container's fields the flow plays: name, image, command, args, cpu and memory requests and limits */
const PLAYED_CONTAINER =
	/^spec\.(initC|c)ontainers\[\d+\]\.(name|image|resources|resources\.(requests|limits)\.(cpu|memory)|(command|args)(\[\d+\])?)$/;
/** a toleration's fields the flow plays: all but tolerationSeconds (no eviction here) */
const PLAYED_TOLERATION = /^spec\.tolerations\[\d+\]\.(key|operator|value|effect)$/;

/** A toleration as the API server takes it: no operator is Equal, an empty key is none. */
function toleration(v: unknown): Toleration {
	const { key, operator, value, effect } = obj(v);
	const exists = operator === 'Exists';
	return {
		...(key ? { key: String(key) } : {}),
		operator: exists ? 'Exists' : 'Equal',
		...(value ? { value: String(value) } : {}),
		...(effect ? { effect: String(effect) as Toleration['effect'] } : {})
	};
}

/** the fields the flow plays, or has as every `kubectl run` pod has them */
const PLAYED = new Set([
	'apiVersion',
	'kind',
	'metadata.name',
	'metadata.namespace',
	'metadata.creationTimestamp',
	'spec.dnsPolicy',
	'spec.nodeName',
	'spec.restartPolicy'
]);

/** every leaf's path (`spec.containers[0].image`); an empty map or list is a leaf */
function leaves(v: unknown, path: string): string[] {
	if (Array.isArray(v)) return v.length ? v.flatMap((x, i) => leaves(x, `${path}[${i}]`)) : [path];
	if (v && typeof v === 'object') {
		const keys = Object.keys(v);
		return keys.length
			? keys.flatMap((k) => leaves((v as Obj)[k], path ? `${path}.${k}` : k))
			: [path];
	}
	return [path];
}

export type PodFromManifest =
	| { scenario: PodScenario; ignored: string[] }
	/** a value the API server takes but the flow cannot play (a name it cannot give, say) */
	| {
			cannot:
				| 'name'
				| 'image'
				| 'namespace'
				| 'cpu'
				| 'memory'
				| 'containers'
				| 'initContainers'
				| 'sidecar';
			value: string;
	  };

/**
 * One container as the flow plays it. Storage requests what is limited but not requested
 * (defaults.go SetDefaults_Pod): the flow keeps them apart, as written.
 */
function containerOf(
	c: Obj
): ContainerScenario | { cannot: 'image' | 'cpu' | 'memory'; value: string } {
	const image = String(c.image);
	if (parseImage(image) === null) return { cannot: 'image', value: image };
	const resources = obj(c.resources);
	const read = (from: Obj, r: 'cpu' | 'memory') => {
		if (from[r] === undefined) return null;
		const n = (r === 'cpu' ? parseCpu : parseMemory)(String(from[r]));
		return n === null ? { cannot: r, value: String(from[r]) } : n;
	};
	const amounts = [obj(resources.requests), obj(resources.limits)].flatMap((from) =>
		(['cpu', 'memory'] as const).map((r) => read(from, r))
	);
	const cannot = amounts.find((a) => a !== null && typeof a === 'object');
	if (cannot && typeof cannot === 'object') return cannot;
	const [cpu, memory, cpuLimit, memoryLimit] = amounts as (number | null)[];
	// an empty list is no command: the image's own runs
	const words = (v: unknown) => (Array.isArray(v) && v.length ? v.map(String) : null);
	return {
		name: String(c.name),
		image,
		cpu,
		memory,
		cpuLimit,
		memoryLimit,
		command: words(c.command),
		args: words(c.args)
	};
}

/** The scenario a pod the API server accepted plays as, and the fields the flow leaves out. */
export function podFromManifest(pod: Obj, base: PodScenario): PodFromManifest {
	const meta = obj(pod.metadata);
	const spec = obj(pod.spec);
	const name = String(meta.name);
	if (!isDns1123Label(name)) return { cannot: 'name', value: name };
	const namespace = String(meta.namespace || 'default');
	if (namespace !== 'default') return { cannot: 'namespace', value: namespace };
	const specs = (spec.containers as unknown[]).map(obj);
	if (specs.length > MAX_CONTAINERS) return { cannot: 'containers', value: String(specs.length) };
	const initSpecs = (Array.isArray(spec.initContainers) ? spec.initContainers : []).map(obj);
	if (initSpecs.length > MAX_INIT_CONTAINERS)
		return { cannot: 'initContainers', value: String(initSpecs.length) };
	// restartPolicy makes an init container a sidecar, which keeps running beside the others
	const sidecar = initSpecs.find((c) => c.restartPolicy !== undefined);
	if (sidecar) return { cannot: 'sidecar', value: String(sidecar.name) };
	const containers: ContainerScenario[] = [];
	for (const c of [...specs, ...initSpecs]) {
		const read = containerOf(c);
		if ('cannot' in read) return read;
		containers.push(read);
	}
	const [first, ...more] = containers.slice(0, specs.length);
	const given = stringMap(meta.labels);
	// kubectl run's own label is the flow's default
	const runOnly = Object.keys(given).length === 1 && given.run === name;
	const labels = meta.labels === undefined ? {} : runOnly ? null : given;
	const nodeSelector = stringMap(spec.nodeSelector);
	// an empty nodeName is no nodeName (validation skips it, the scheduler places the pod)
	const nodeName = spec.nodeName ? String(spec.nodeName) : null;
	const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations.map(toleration) : [];
	const ignored = leaves(pod, '').filter(
		(p) =>
			!PLAYED.has(p) &&
			!PLAYED_CONTAINER.test(p) &&
			!PLAYED_MAPS.some((m) => p.startsWith(m)) &&
			!PLAYED_TOLERATION.test(p) &&
			p !== 'metadata.labels' &&
			p !== 'spec.nodeSelector' &&
			p !== 'spec.tolerations' &&
			p !== 'status'
	);
	return {
		scenario: {
			...base,
			name,
			// a first container named as its pod is kubectl run's, the flow's default
			containerName: first.name === name ? null : first.name,
			image: first.image,
			cpu: first.cpu,
			memory: first.memory,
			cpuLimit: first.cpuLimit,
			memoryLimit: first.memoryLimit,
			command: first.command,
			args: first.args,
			moreContainers: more,
			initContainers: containers.slice(specs.length),
			labels,
			nodeSelector,
			nodeName,
			tolerations
		},
		ignored: [...new Set(ignored)]
	};
}
