/**
 * Where a flow's behaviour comes from: the files of the Kubernetes source it follows, each with
 * what the flow takes from it, and which of them each step follows. Shown in the Sources tab,
 * linked at the version the app models.
 */
import type { Lang } from '$lib/i18n';

// the release every flow models is also the tag the source links point at
import { KUBERNETES_VERSION } from '$lib/sim/version';

export interface SourceFile {
	/** a path in kubernetes/kubernetes */
	path: string;
	/** what the flow takes from it */
	what: Record<Lang, string>;
}

export interface FlowSources {
	files: SourceFile[];
	/** step id → the paths (of `files`) the step follows */
	steps: Record<string, string[]>;
}

/** A file of the list: its path, and what the flow takes from it in English and Korean. */
export const sourceFile = (path: string, en: string, ko: string): SourceFile => ({
	path,
	what: { en, ko }
});

export const sourceUrl = (path: string) =>
	`https://github.com/kubernetes/kubernetes/blob/${KUBERNETES_VERSION}/${path}`;

/** PodTopologySpread's default constraints, for every flow whose scheduler places a group's pods. */
export const SPREAD = 'pkg/scheduler/framework/plugins/podtopologyspread/scoring.go';
export const SPREAD_SELECTOR = 'pkg/scheduler/framework/plugins/helper/spread.go';
export const spreadSources = (): SourceFile[] => [
	sourceFile(
		SPREAD,
		'PodTopologySpread: the default constraints spread a group over the nodes',
		'PodTopologySpread: 기본 제약이 한 그룹을 노드에 고르게 퍼뜨림'
	),
	sourceFile(
		SPREAD_SELECTOR,
		'which group a pod belongs to: its Services and its controller',
		'파드가 속한 그룹: 파드를 고르는 Service와 컨트롤러'
	)
];
