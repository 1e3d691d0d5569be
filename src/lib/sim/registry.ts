/**
 * A tiny fake container registry: the images a pull can find. Sizes are the unpacked sizes
 * the kubelet reports in its Pulled event ("Image size: N bytes.").
 */

const MiB = 1024 * 1024;

const catalog: Record<string, Record<string, number>> = {
	nginx: {
		'1.27': 192 * MiB,
		'1.26': 188 * MiB,
		'1.25': 187 * MiB,
		alpine: 48 * MiB,
		latest: 192 * MiB
	},
	busybox: { '1.36': 4 * MiB, '1.37': 4 * MiB, latest: 4 * MiB },
	redis: { '7.2': 117 * MiB, '7.4': 117 * MiB, latest: 117 * MiB },
	httpd: { '2.4': 148 * MiB, latest: 148 * MiB },
	postgres: { '16': 432 * MiB, '17': 435 * MiB, latest: 435 * MiB },
	python: { '3.12-slim': 130 * MiB, '3.13-slim': 124 * MiB, latest: 1020 * MiB },
	'registry.k8s.io/pause': { '3.10': 736 * 1024 },
	'registry.k8s.io/coredns/coredns': { 'v1.11.3': 61 * MiB },
	'registry.k8s.io/kube-proxy': { 'v1.32.0': 94 * MiB }
};

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

/** The error containerd returns for an image the registry does not have (kubelet wraps it). */
export function pullError(ref: ImageRef): string {
	if (knowsRepository(ref)) {
		return `failed to pull and unpack image "${ref.canonical}": failed to resolve reference "${ref.canonical}": ${ref.canonical}: not found`;
	}
	return `failed to pull and unpack image "${ref.canonical}": failed to resolve reference "${ref.canonical}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** Images offered in the scenario form. */
export function catalogImages(): string[] {
	return Object.entries(catalog)
		.filter(([repo]) => !repo.includes('/'))
		.flatMap(([repo, tags]) => Object.keys(tags).map((t) => `${repo}:${t}`));
}
