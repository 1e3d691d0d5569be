/**
 * Everything the player shows that differs between flows: the flow itself, its narration, its
 * scenario form, its what-if bar, its side-panel tabs. Each flow's module (components/flows/*)
 * is loaded by its page alone, so one flow's code and text never weigh on the other's page.
 */
import type { Component } from 'svelte';
import type { FlowDefinition } from '$lib/flows/kit/definition';
import type { InputProblem } from '$lib/flows/pod-creation/scenario';
import type { Step, Timeline } from '$lib/flows/types';
import type { Messages } from '$lib/i18n';
import type { NarrationLoaders } from '$lib/flows/kit/narration';
import type { PlayerView } from '$lib/player/frame';
import type { ClusterState } from '$lib/sim/cluster';
import type { Loader } from '$lib/ui/lazy';

/** What every side-panel tab gets. */
export interface PanelProps {
	view: PlayerView;
	timeline: Timeline;
	/** the cluster before the current step */
	previous: ClusterState;
	/** the etcd key the etcd tab shows (see FlowUi.etcdKey) */
	watched: string;
}

/** A tab's panel: in the page's first load (the tab a flow opens on), or loaded when first shown. */
export type TabSpec = {
	id: string;
	label: (t: Messages) => string;
} & ({ Panel: Component<PanelProps> } | { load: Loader<PanelProps> });

export interface WhatIfs<S, A> {
	Bar: Component<{ scenario: S; state: ClusterState; onaction: (a: A) => void }>;
	/** the scenario with one more what-if played after what it has */
	add: (scenario: S, action: A) => S;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each flow has its own scenario and action types
export interface FlowUi<S extends object = any, A = any> {
	flow: FlowDefinition<S>;
	narration: NarrationLoaders;
	/** loaded when the scenario disclosure is first opened */
	Form: Loader<{ scenario: S; onapply: (s: S) => void }>;
	whatIfs?: WhatIfs<S, A>;
	/** in display order */
	tabs: TabSpec[];
	/** the tab that tells most about a step, opened unless the person picked another */
	suggestTab: (step: Step) => string;
	/** the object the etcd tab shows at step `index` (its writes visible once `applied`) */
	etcdKey: (timeline: Timeline, index: number, applied: boolean) => string;
	/** what the built timeline could not do as asked (shown like a bad URL value) */
	problems?: (timeline: Timeline, scenario: S) => InputProblem[];
}
