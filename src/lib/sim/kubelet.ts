/**
 * kubelet and the container runtime behind CRI (reference §6): SyncPod creates the sandbox
 * (which gets the pod IP from CNI), then per container ensures the image, creates and starts it.
 */
import { podAddress, type ClusterState } from './cluster';
import { hexId } from './ids';
import type { NodeModel, PodObject } from './model';
import { defaultPullPolicy, listPods } from './podCodec';
import { imageDigestRef, lookupImage, parseImage, pullError } from './registry';

/** The lowest address of the node's pod CIDR not held by a pod (host-local IPAM). */
export function allocatePodIP(state: ClusterState, node: NodeModel): string {
	const used = new Set(
		listPods(state)
			.filter((p) => p.spec.nodeName === node.name && p.status.podIP)
			.map((p) => p.status.podIP)
	);
	for (let host = 2; host < 255; host++) {
		const ip = podAddress(node, host);
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
	| { outcome: 'present'; image: string; size: number; imageID: string }
	| {
			outcome: 'pulled';
			image: string;
			size: number;
			seconds: number;
			imageID: string;
			wasPresent: boolean;
	  }
	| {
			outcome: 'failed';
			image: string;
			error: string;
			code: 'NotFound' | 'Unknown' | 'InvalidImageName';
	  };

/**
 * EnsureImageExists: with pull policy IfNotPresent, ImageStatus first and a pull only when the
 * node lacks the image; with Always (`:latest` or no tag) the kubelet pulls every time, even if
 * the image is there. Pull time follows the compressed size at ~25 MB/s.
 */
export function ensureImage(node: NodeModel, image: string): EnsureImageResult {
	const ref = parseImage(image);
	if (!ref)
		return {
			outcome: 'failed',
			image,
			error: 'invalid reference format',
			code: 'InvalidImageName'
		};
	const local = node.images[ref.canonical];
	const policy = defaultPullPolicy(image);
	if (local !== undefined && policy === 'IfNotPresent') {
		return { outcome: 'present', image, size: local, imageID: imageDigestRef(ref) };
	}
	const size = lookupImage(ref);
	if (size === null) {
		const { code, message } = pullError(ref);
		return { outcome: 'failed', image, error: message, code };
	}
	const seconds = Math.max(0.4, Math.round((size / 25e6) * 1000) / 1000);
	node.images[ref.canonical] = size;
	return {
		outcome: 'pulled',
		image,
		size,
		seconds,
		imageID: imageDigestRef(ref),
		wasPresent: local !== undefined
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
