/**
 * `kubectl logs POD [CONTAINER] [-c CONTAINER] [-p] [--all-containers] [-l SELECTOR]`: which
 * container kubectl picks (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/logsforobject.go),
 * what the apiserver answers before it asks a kubelet (pkg/registry/core/pod/strategy.go
 * LogLocation: a pod not yet on a node has no logs, and no error), and the kubelet's refusals for
 * a container with nothing to show (pkg/kubelet/kubelet_pods.go validateContainerLogStatus).
 * What a running process writes the simulation does not know: it says so, except for the images
 * whose default command prints nothing before it exits.
 */
import type { ClusterState } from '../cluster';
import { get as getKey, getPrefix, readObject } from '../etcd';
import type { ContainerStatus, PodObject } from '../model';
import { podKey } from '../podCodec';
import { allContainers } from '../podStatus';
import { parseImage, printsNothing } from '../registry';
import { parseFlags, type FlagSpec } from './flags';
import { KUBECTL_GLOBAL } from './kubectlGet';
import { selectorRefused } from './kubectlObjects';
import { err, intFlagError, kubectlFlagError, note, type Chunk } from './output';
import { findResource, RESOURCES } from './resources';
import { parseSelector } from './selector';

export const LOGS_FLAGS: FlagSpec[] = [
	...KUBECTL_GLOBAL,
	{ name: 'container', short: 'c', value: true },
	{ name: 'previous', short: 'p' },
	{ name: 'all-containers' },
	{ name: 'selector', short: 'l', value: true },
	{ name: 'follow', short: 'f' },
	{ name: 'tail', value: true },
	{ name: 'timestamps' },
	{ name: 'prefix' },
	{ name: 'since', value: true },
	{ name: 'since-time', value: true },
	{ name: 'limit-bytes', value: true },
	{ name: 'ignore-errors' },
	{ name: 'max-log-requests', value: true },
	{ name: 'pod-running-timeout', value: true },
	{ name: 'insecure-skip-tls-verify-backend' }
];

/** logs.go logsUsageErrStr, through cmdutil.UsageErrorf */
const USAGE =
	"error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

const badRequest = (message: string) => err(`Error from server (BadRequest): ${message}`);

export function logs(args: string[], state: ClusterState): Chunk[] {
	const flags = parseFlags(args, LOGS_FLAGS);
	if ('error' in flags) return kubectlFlagError('logs', flags.error);
	const v = flags.values;
	const tailError = intFlagError('logs', '--tail', v.tail);
	if (tailError) return tailError;
	const selector = v.selector;
	const [target, inline, ...extra] = flags.args;
	if (extra.length || (target === undefined && selector === undefined)) return [err(USAGE)];
	if (target !== undefined && selector !== undefined && inline === undefined)
		return [
			err(
				"error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples"
			)
		];
	const namespace = v.namespace ?? 'default';
	let pods: PodObject[];
	if (target !== undefined) {
		const slash = target.indexOf('/');
		const type = slash < 0 ? 'pods' : target.slice(0, slash);
		const name = slash < 0 ? target : target.slice(slash + 1);
		const resource = findResource(type);
		if (!resource) return [err(`error: the server doesn't have a resource type "${type}"`)];
		// a Deployment's or a Job's logs are its first pod's: not read here
		if (resource.name !== 'pods')
			return [note('notModelled', { command: `kubectl logs ${resource.name}/…` })];
		const kv = getKey(state.etcd, podKey(namespace, name));
		if (!kv) return [err(`Error from server (NotFound): pods "${name}" not found`)];
		pods = [readObject<PodObject>(kv)];
	} else {
		const match = parseSelector(selector!);
		const podsType = RESOURCES.find((r) => r.name === 'pods')!;
		if ('error' in match) return [err(selectorRefused(podsType, selector!, match.error))];
		pods = getPrefix(state.etcd, `/registry/pods/${namespace}/`)
			.map((kv) => readObject<PodObject>(kv))
			.filter((p) => match(p.metadata.labels ?? {}));
		if (!pods.length) return [err(`No resources found in ${namespace} namespace.`)];
	}
	const container = inline ?? v.container;
	const all = v['all-containers'] === 'true';
	// Validate: after the pod is fetched, before any log is asked for
	if (all && container !== undefined)
		return [
			err(`error: --all-containers=true should not be specified with container name ${container}`)
		];
	if (inline !== undefined && v.container !== undefined)
		return [err('error: only one of -c or an inline [CONTAINER] arg is allowed')];
	if (v.tail !== undefined && Number(v.tail) < -1)
		return [err('error: --tail must be greater than or equal to -1')];
	const previous = v.previous === 'true';
	const chunks: Chunk[] = [];
	for (const pod of pods) {
		const names = pod.spec.containers.map((c) => c.name);
		const inits = (pod.spec.initContainers ?? []).map((c) => c.name);
		let asked: string[];
		// --all-containers reads the init containers first (polymorphichelpers logsForObjectWithClient)
		if (all) asked = [...inits, ...names];
		else if (container !== undefined) {
			if (!names.includes(container) && !inits.includes(container))
				return [
					...chunks,
					err(`error: container ${container} is not valid for pod ${pod.metadata.name}`)
				];
			asked = [container];
		} else {
			asked = [names[0]];
			// podcmd.AllContainerNames: the containers, then each init container marked "(init)"
			const listed = [...names, ...inits.map((n) => `${n} (init)`)];
			if (listed.length > 1)
				chunks.push(err(`Defaulted container "${names[0]}" out of: ${listed.join(', ')}`));
		}
		for (const name of asked) {
			const answer = containerLogs(pod, name, previous, state);
			chunks.push(...answer.chunks);
			// one refusal ends the run (sequentialConsumeRequest, without --ignore-errors)
			if (answer.refused) return chunks;
		}
	}
	return chunks;
}

/** One container's logs as the apiserver and its node's kubelet give them. */
function containerLogs(
	pod: PodObject,
	name: string,
	previous: boolean,
	state: ClusterState
): { chunks: Chunk[]; refused: boolean } {
	const refuse = (chunk: Chunk) => ({ chunks: [chunk], refused: true });
	const podName = pod.metadata.name;
	const nodeName = pod.spec.nodeName;
	// no node yet: an empty location, so an empty answer
	if (!nodeName) return { chunks: [], refused: false };
	if (!state.nodes.some((n) => n.name === nodeName))
		return refuse(err(`Error from server (NotFound): nodes "${nodeName}" not found`));
	// validateContainerLogStatus looks among the init containers' statuses too
	const status = [
		...(pod.status.containerStatuses ?? []),
		...(pod.status.initContainerStatuses ?? [])
	].find((c) => c.name === name);
	const problem = kubeletRefusal(status, name, podName, previous);
	if (problem) return refuse(badRequest(problem));
	const spec = allContainers(pod).find((c) => c.name === name)!;
	const image = spec.image;
	const ref = parseImage(image);
	// the image's own shell, reading end-of-file, printed nothing (a command of its own may have)
	const own = spec.command === undefined && spec.args === undefined;
	if (own && ref && printsNothing(ref))
		return { chunks: [note('logsEmpty', { image })], refused: false };
	return { chunks: [note('logsUnknown', { image, container: name })], refused: false };
}

/** validateContainerLogStatus: why the kubelet has no log to stream, or null when it has one. */
function kubeletRefusal(
	status: ContainerStatus | undefined,
	name: string,
	podName: string,
	previous: boolean
): string | null {
	const c = `container "${name}" in pod "${podName}"`;
	if (!status) return `${c} is not available`;
	const last =
		status.lastState && 'terminated' in status.lastState ? status.lastState.terminated : null;
	const state = status.state;
	if (previous) return last?.containerID ? null : `previous terminated ${c} not found`;
	if ('running' in state) return null;
	if ('terminated' in state)
		return state.terminated.containerID || last?.containerID ? null : `${c} is terminated`;
	if (last) return last.containerID ? null : `${c} is terminated`;
	const reason = state.waiting.reason;
	if (reason === 'ErrImagePull') return `${c} is waiting to start: image can't be pulled`;
	if (reason === 'ImagePullBackOff')
		return `${c} is waiting to start: trying and failing to pull image`;
	return `${c} is waiting to start: ${reason}`;
}
