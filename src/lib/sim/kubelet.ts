/**
 * kubelet and the container runtime behind CRI (reference §6): SyncPod creates the sandbox
 * (which gets the pod IP from CNI), then per container ensures the image, creates and starts it.
 */
import type { ClusterState } from './cluster';
import { hexId } from './ids';
import type { NodeModel, PodObject } from './model';
import { lookupImage, parseImage, pullError } from './registry';
import { listPods } from './apiserver';

/** The lowest address of the node's pod CIDR not held by a pod (host-local IPAM). */
export function allocatePodIP(state: ClusterState, node: NodeModel): string {
	const used = new Set(
		listPods(state)
			.filter((p) => p.spec.nodeName === node.name && p.status.podIP)
			.map((p) => p.status.podIP)
	);
	const [a, b, c] = node.podCIDR.split('/')[0].split('.').map(Number);
	for (let host = 2; host < 255; host++) {
		const ip = `${a}.${b}.${c}.${host}`;
		if (!used.has(ip)) return ip;
	}
	throw new Error(`pod CIDR ${node.podCIDR} of ${node.name} is exhausted`);
}

export function sandboxId(state: ClusterState, pod: PodObject): string {
	return hexId(state.seed, `sandbox/${pod.metadata.uid}`, 64);
}

export function containerId(state: ClusterState, pod: PodObject, container: string): string {
	return hexId(state.seed, `container/${pod.metadata.uid}/${container}`, 64);
}

export type EnsureImageResult =
	| { outcome: 'present'; image: string; size: number }
	| { outcome: 'pulled'; image: string; size: number; seconds: number; digest: string }
	| { outcome: 'failed'; image: string; error: string };

/**
 * EnsureImageExists: ImageStatus first; a pull only when the node lacks the image (the default
 * IfNotPresent policy for a tagged image). Pull time follows the size at ~60 MB/s.
 */
export function ensureImage(
	state: ClusterState,
	node: NodeModel,
	image: string
): EnsureImageResult {
	const ref = parseImage(image);
	if (!ref) return { outcome: 'failed', image, error: `invalid reference format` };
	const local = node.images[ref.reference];
	if (local !== undefined) return { outcome: 'present', image, size: local };
	const size = lookupImage(ref);
	if (size === null) return { outcome: 'failed', image, error: pullError(ref) };
	const seconds = Math.max(0.4, Math.round((size / (60 * 1024 * 1024)) * 1000) / 1000);
	node.images[ref.reference] = size;
	return {
		outcome: 'pulled',
		image,
		size,
		seconds,
		digest: `sha256:${hexId(state.seed, `digest/${ref.canonical}`, 64)}`
	};
}

/** Go's time.Duration printing for the Pulled event, truncated to milliseconds (1.234s, 850ms). */
export function goDuration(seconds: number): string {
	if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
	return `${Number(seconds.toFixed(3))}s`;
}

export const kubeletMessages = {
	pulling: (image: string) => `Pulling image "${image}"`,
	pulled: (image: string, seconds: number, size: number) =>
		`Successfully pulled image "${image}" in ${goDuration(seconds)} (${goDuration(seconds)} including waiting). Image size: ${size} bytes.`,
	present: (image: string) => `Container image "${image}" already present on machine`,
	created: (container: string) => `Created container: ${container}`,
	started: (container: string) => `Started container ${container}`,
	failedPull: (image: string, error: string) => `Failed to pull image "${image}": ${error}`,
	errImagePull: 'Error: ErrImagePull',
	backOff: (image: string) => `Back-off pulling image "${image}"`,
	errBackOff: 'Error: ImagePullBackOff'
};
