/**
 * A tiny fake container registry: the images a pull can find. Sizes are the unpacked sizes
 * the kubelet reports in its Pulled event ("Image size: N bytes.").
 */

import { hexId } from './ids';

// Compressed (packed) sizes in bytes: what containerd's CRI reports as the image size, so what
// the kubelet prints in "Image size: N bytes." and what ImageLocality weighs.
const catalog: Record<string, Record<string, number>> = {
	nginx: {
		'1.27': 72_195_292,
		'1.26': 71_027_698,
		'1.25': 70_520_811,
		alpine: 20_966_843,
		latest: 72_195_292
	},
	busybox: { '1.36': 2_153_049, '1.37': 2_166_722, latest: 2_166_722 },
	redis: { '7.2': 45_904_121, '7.4': 46_188_730, latest: 46_188_730 },
	httpd: { '2.4': 58_312_004, latest: 58_312_004 },
	postgres: { '16': 158_101_542, '17': 160_882_417, latest: 160_882_417 },
	python: { '3.12-slim': 45_082_377, '3.13-slim': 42_615_309, latest: 392_410_864 },
	// a kind cluster's kubelet event: "Image size: 320448 bytes."
	'registry.k8s.io/pause': { '3.10.1': 320_448 },
	// sizes belong to a tag: a release that moves a tag needs the new image's size here. For these
	// two the exact count is not on record: `crictl images` on containerd shows 22.4MB and 26MB
	'registry.k8s.io/coredns/coredns': { 'v1.12.1': 22_400_000 },
	'registry.k8s.io/kube-proxy': { 'v1.34.0': 26_000_000 },
	'registry.k8s.io/e2e-test-images/agnhost': { '2.53': 51_306_592 }
};

/**
 * Images whose default command ends at once in a pod (no terminal attached): busybox and python
 * start an interactive shell or REPL that reads EOF and exits 0; postgres refuses to start without
 * POSTGRES_PASSWORD and exits 1. With restartPolicy Always that means CrashLoopBackOff.
 */
const exitsAtOnce: Record<string, { exitCode: number; reason: 'Completed' | 'Error' }> = {
	busybox: { exitCode: 0, reason: 'Completed' },
	python: { exitCode: 0, reason: 'Completed' },
	postgres: { exitCode: 1, reason: 'Error' }
};

export function defaultCommandExit(
	ref: ImageRef
): { exitCode: number; reason: 'Completed' | 'Error' } | null {
	return exitsAtOnce[ref.repository] ?? null;
}

/**
 * Whether the image's default command writes nothing before it exits: the ones that end with
 * success at once are busybox's sh and python's REPL, which read end-of-file on a stdin with no
 * terminal and quit silently (postgres, refusing to start, says why).
 */
export const printsNothing = (ref: ImageRef) => defaultCommandExit(ref)?.exitCode === 0;

export interface ImageRef {
	/** repository as written, e.g. nginx or registry.k8s.io/pause */
	repository: string;
	tag: string;
	/** nginx:1.27 — how a node's image list keys it */
	reference: string;
	/** docker.io/library/nginx:1.27 — what containerd resolves */
	canonical: string;
}

// Lowercase path components separated by / with an optional :tag — enough for the images we know.
const referencePattern =
	/^(?<repo>[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$/;

/** Parses an image reference; null when it is not a valid reference at all. */
export function parseImage(text: string): ImageRef | null {
	const m = referencePattern.exec(text.trim());
	if (!m?.groups || text.length > 255) return null;
	const repository = m.groups.repo;
	const tag = m.groups.tag ?? 'latest';
	const hasRegistry = repository.includes('.') && repository.split('/')[0].includes('.');
	const canonicalRepo = hasRegistry
		? repository
		: repository.includes('/')
			? `docker.io/${repository}`
			: `docker.io/library/${repository}`;
	return {
		repository,
		tag,
		reference: `${repository}:${tag}`,
		canonical: `${canonicalRepo}:${tag}`
	};
}

/** The size of an image the registry holds, or null if a pull of it would fail. */
export function lookupImage(ref: ImageRef): number | null {
	return catalog[ref.repository]?.[ref.tag] ?? null;
}

export function knowsRepository(ref: ImageRef): boolean {
	return ref.repository in catalog;
}

/**
 * The gRPC error the kubelet gets from containerd's PullImage for an image the registry lacks:
 * NotFound for an unknown tag, Unknown for a repository that does not exist (or is private).
 */
export function pullError(ref: ImageRef): { code: 'NotFound' | 'Unknown'; message: string } {
	const prefix = `failed to pull and unpack image "${ref.canonical}": failed to resolve reference "${ref.canonical}"`;
	const [code, cause] = knowsRepository(ref)
		? (['NotFound', `${ref.canonical}: not found`] as const)
		: ([
				'Unknown',
				'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
			] as const);
	return { code, message: `rpc error: code = ${code} desc = ${prefix}: ${cause}` };
}

/** The repo digest containerd records, e.g. docker.io/library/nginx@sha256:…; fixed per image. */
export function imageDigestRef(ref: ImageRef): string {
	const repo = ref.canonical.slice(0, ref.canonical.lastIndexOf(':'));
	return `${repo}@sha256:${hexId('registry', ref.canonical, 64)}`;
}

/** Images offered in the scenario form. */
export function catalogImages(): string[] {
	return Object.entries(catalog)
		.filter(([repo]) => !repo.includes('/'))
		.flatMap(([repo, tags]) => Object.keys(tags).map((t) => `${repo}:${t}`));
}
