/** Course steps 1–3: kubectl's request, the apiserver's pipeline, the write to etcd, the watchers. */
import { createPod, pipelineStages, podDeliveries, readPod } from '$lib/sim/apiserver';
import { admitPod } from '$lib/sim/podAdmission';
import { uid } from '$lib/sim/ids';
import type { PodObject } from '$lib/sim/model';
import { prepareForCreate } from '$lib/sim/podStatus';
import { quantities } from '$lib/sim/podCodec';
import { timestamp } from '$lib/sim/time';
import { toYaml } from '$lib/sim/yaml';
import type { PodScenario } from './scenario';
import type { ContainerScenario } from './containers';
import { podContainers, podInitContainers } from './playedContainers';
import { shellWord } from './commandWords';
import { API, ETCD, KUBECTL } from '$lib/flows/kit/actors';
import { msg, persist, watchFanOut } from '$lib/flows/kit/messages';
import { podStep, subject, subjectKey, type PodFlowDraft } from './draft';

/** A container as the simulation holds it: requests and limits as numbers, the ones given. */
function requestedContainer(c: ContainerScenario) {
	const requests = amounts(c.cpu, c.memory);
	const limits = amounts(c.cpuLimit, c.memoryLimit);
	return {
		name: c.name,
		image: c.image,
		...ownCommand(c),
		...(Object.keys(requests).length ? { requests } : {}),
		...(Object.keys(limits).length ? { limits } : {})
	};
}

/** The pod kubectl sends: what `kubectl run` or the manifest describes, before defaulting. */
export function requestedPod(s: PodScenario): PodObject {
	const labels = podLabels(s);
	const inits = podInitContainers(s);
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: s.name,
			namespace: 'default',
			uid: '',
			creationTimestamp: '',
			...(Object.keys(labels).length ? { labels } : {})
		},
		spec: {
			...(inits.length ? { initContainers: inits.map(requestedContainer) } : {}),
			containers: podContainers(s).map(requestedContainer),
			...placement(s),
			schedulerName: 'default-scheduler',
			restartPolicy: 'Always'
		},
		status: { phase: 'Pending' }
	};
}

/** Where the pod may run, in the spec's order: nodeSelector, nodeName, tolerations, each if given. */
export function placement(s: PodScenario) {
	return {
		...(Object.keys(s.nodeSelector).length ? { nodeSelector: { ...s.nodeSelector } } : {}),
		...(s.nodeName !== null ? { nodeName: s.nodeName } : {}),
		...(s.tolerations.length ? { tolerations: structuredClone(s.tolerations) } : {})
	};
}

/**
 * A container as a manifest writes it: name, image, its own command and args, its resources
 * (as kubectl prints a container, `resources: {}` when `emptyResources` and there are none).
 */
export function manifestContainer(c: ContainerScenario, emptyResources: boolean) {
	const resources = resourcesOf(c);
	return {
		name: c.name,
		image: c.image,
		...ownCommand(c),
		...(emptyResources || Object.keys(resources).length ? { resources } : {})
	};
}

/** spec.initContainers as a manifest writes it, if the pod has any */
export function manifestInitContainers(s: PodScenario, emptyResources: boolean) {
	const inits = podInitContainers(s);
	return inits.length
		? { initContainers: inits.map((c) => manifestContainer(c, emptyResources)) }
		: {};
}

/** a container's command and args, the ones given only */
export const ownCommand = (c: ContainerScenario) => ({
	...(c.command !== null ? { command: [...c.command] } : {}),
	...(c.args !== null ? { args: [...c.args] } : {})
});

/** cpu and memory amounts, the ones given only */
const amounts = (cpu: number | null, memory: number | null) => ({
	...(cpu !== null ? { cpu } : {}),
	...(memory !== null ? { memory } : {})
});

/** A container's resources as a manifest writes them: limits, then requests, each if any. */
export function resourcesOf(c: ContainerScenario) {
	const limits = quantities(amounts(c.cpuLimit, c.memoryLimit));
	const requests = quantities(amounts(c.cpu, c.memory));
	return {
		...(Object.keys(limits).length ? { limits } : {}),
		...(Object.keys(requests).length ? { requests } : {})
	};
}

/** The pod's labels: the scenario's own, or `run=<name>` as kubectl run sets it. */
export const podLabels = (s: PodScenario) => s.labels ?? { run: s.name };

/**
 * What kubectl run cannot say: requests, limits, labels of its own, a selector, a node,
 * tolerations, a container named otherwise than the pod.
 */
export const needsManifest = (s: PodScenario) =>
	(s.containerName !== null && s.containerName !== s.name) ||
	s.cpu !== null ||
	s.memory !== null ||
	s.cpuLimit !== null ||
	s.memoryLimit !== null ||
	s.labels !== null ||
	Object.keys(s.nodeSelector).length > 0 ||
	s.nodeName !== null ||
	s.tolerations.length > 0 ||
	s.moreContainers.length > 0 ||
	s.initContainers.length > 0 ||
	// kubectl run's words after -- are the command (--command) or the args, never both
	(s.command !== null && s.args !== null);

/** The manifest a person would apply when kubectl run has no flag for the pod (requests, a selector). */
function manifest(s: PodScenario): string {
	const labels = podLabels(s);
	return toYaml({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: s.name, ...(Object.keys(labels).length ? { labels } : {}) },
		spec: {
			...manifestInitContainers(s, false),
			containers: podContainers(s).map((c) => manifestContainer(c, false)),
			...placement(s)
		}
	});
}

/** what kubectl run writes after `--`: the args, or the command with --command */
function runWords(s: PodScenario): string {
	const words = s.command ?? s.args;
	if (words === null) return '';
	return `${s.command !== null ? ' --command' : ''} -- ${words.map(shellWord).join(' ')}`;
}

/** Whether the name is taken: the create will then end in 409 AlreadyExists. */
export function nameTaken(d: PodFlowDraft): boolean {
	return readPod(d.state, subjectKey(d)) !== null;
}

export function kubectlRun(d: PodFlowDraft) {
	const s = d.scenario;
	const plain = !needsManifest(s);
	const post = 'POST /api/v1/namespaces/default/pods';
	// Client-side apply first reads the object: a 404 means "create it".
	const messages = plain
		? [msg(KUBECTL, API, 'request', post, 0)]
		: [
				msg(KUBECTL, API, 'request', `GET /api/v1/namespaces/default/pods/${s.name}`, 0),
				msg(API, KUBECTL, 'response', '404 Not Found', 1),
				msg(KUBECTL, API, 'request', post, 2)
			];
	return podStep({
		nine: 1,
		params: { name: s.name, image: s.image, apply: plain ? 0 : 1 },
		messages,
		active: [KUBECTL, API],
		wrote: [],
		command: plain
			? { line: `kubectl run ${s.name} --image=${s.image}${runWords(s)}` }
			: { line: `kubectl apply -f ${s.name}.yaml`, manifest: manifest(s) }
	});
}

export function apiserverPipeline(d: PodFlowDraft) {
	const pod = requestedPod(d.scenario);
	const mutations = admitPod(pod, d.state.seed);
	// Persisting happens in the next step; here we show the stages and what storage will say.
	const outcome = nameTaken(d)
		? { conflict: true as const }
		: { revision: d.state.etcd.revision + 1 };
	return podStep({
		nine: 1,
		params: { name: d.scenario.name, node: d.scenario.nodeName ?? '' },
		messages: [],
		active: [API],
		wrote: [],
		pipeline: pipelineStages(pod, mutations, outcome)
	});
}

export function persistPod(d: PodFlowDraft) {
	const pod = requestedPod(d.scenario);
	pod.metadata.uid = uid(d.state.seed, `default/${pod.metadata.name}`);
	pod.metadata.creationTimestamp = timestamp(d.state.clock);
	prepareForCreate(pod);
	const kv = createPod(d.state, pod);
	if (!kv) throw new Error('persistPod runs only when the name is free');
	return podStep({
		nine: 2,
		params: {
			name: pod.metadata.name,
			key: kv.key,
			revision: kv.mod_revision,
			node: pod.spec.nodeName ?? '',
			qos: pod.status.qosClass ?? ''
		},
		messages: [
			...persist(kv.key, kv.mod_revision, 0),
			msg(API, KUBECTL, 'response', `201 Created pod/${pod.metadata.name}`, 2)
		],
		active: [API, ETCD, KUBECTL],
		wrote: [kv.key]
	});
}

/** The create's etcd transaction finds the key taken; nothing is written. */
export function alreadyExists(d: PodFlowDraft) {
	const name = d.scenario.name;
	const key = subjectKey(d);
	return podStep({
		nine: 2,
		params: {
			name,
			key,
			message: `Error from server (AlreadyExists): pods "${name}" already exists`
		},
		messages: [
			msg(API, ETCD, 'request', `txn PUT ${key} if absent`, 0),
			msg(ETCD, API, 'error', 'txn failed: key exists', 1),
			msg(API, KUBECTL, 'error', `409 AlreadyExists pods "${name}"`, 2)
		],
		active: [API, ETCD, KUBECTL],
		wrote: []
	});
}

export function watchPodAdded(d: PodFlowDraft) {
	const pod = subject(d);
	const deliveries = podDeliveries(d.state, null, pod);
	const node = pod.spec.nodeName ?? '';
	return podStep({
		nine: 3,
		params: {
			name: pod.metadata.name,
			node,
			// whether a kubelet watches that node's pods: only a node the cluster has
			kubelet: deliveries.some((x) => x.actor === `kubelet@${node}`) ? 1 : 0
		},
		messages: watchFanOut(deliveries, `pods/${pod.metadata.name}`, 0),
		active: [API, ...deliveries.map((x) => x.actor)],
		wrote: []
	});
}
