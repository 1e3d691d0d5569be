/**
 * Where a flow's behaviour comes from: the files of the Kubernetes source it follows, each with
 * what the flow takes from it, and which of them each step follows. Shown in the Sources tab,
 * linked at the version the app models.
 */
import type { Lang } from '$lib/i18n';

/** the Kubernetes release every flow models, and the tag its source links point at */
export const KUBERNETES_VERSION = 'v1.32.0';

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
