/**
 * Everything the player shows that differs between flows: the flow's model, its narration, its
 * scenario form's text, its what-if bar, its side-panel tabs. Each flow's module
 * (flows/<id>/ui/index.ts) is loaded through the registry by its page alone, so one flow's code
 * and text never weigh on another's page.
 */
import type { Component } from 'svelte';
import type { Checkpoint } from '$lib/flows/kit/checkpoints';
import type { FlowModel } from '$lib/flows/kit/definition';
import type { InputProblem } from '$lib/flows/kit/fields';
import type { NarrationLoaders } from '$lib/flows/kit/narration';
import type { Step, Timeline } from '$lib/flows/types';
import type { Lang, Messages } from '$lib/i18n';
import type { NarrationBadge, PanelProps } from '$lib/panels/types';
import type { ClusterState } from '$lib/sim/cluster';
import type { Loader } from '$lib/ui/lazy';

export type { PanelProps };

/** A labelled stretch of the timeline: a course step, a part of the story, one what-if. */
export interface Chapter {
	key: string;
	/** short, drawn on the timeline: "④", "Data path", "scale → 2" */
	label: string;
	/** in full, for the tooltip and screen readers */
	title: string;
}

/** A tab's panel: in the page's first load (the tab a flow opens on), or loaded when first shown. */
export type TabSpec = {
	id: string;
	label: (t: Messages) => string;
} & ({ Panel: Component<PanelProps> } | { load: Loader<PanelProps> });

export interface WhatIfs<S, A, St extends Step> {
	Bar: Component<{ scenario: S; state: ClusterState; onaction: (a: A) => void }>;
	/** the scenario with one more what-if played after what it has */
	add: (scenario: S, action: A) => S;
	/**
	 * the what-if changes the story where it belongs (the cluster it starts with), so it skips no
	 * step not played yet and nothing is asked first; absent: every what-if plays after the end
	 */
	inPlace?: (action: A) => boolean;
	/** the first step of what-if `index` (of the scenario's), or -1 when it was not played */
	firstStep: (timeline: Timeline<St>, index: number) => number;
	/** how many what-ifs the scenario plays */
	count: (scenario: S) => number;
	/** each what-if of the scenario, as the timeline labels it */
	labels: (scenario: S, lang: Lang) => string[];
	/** the scenario without its what-if `index` */
	remove: (scenario: S, index: number) => S;
}

/** The scenario form's words in one language; the fields are the flow's scenario fields. */
export interface ScenarioFormText<S> {
	/** one label per field the form shows */
	labels: Record<string, string>;
	/** hints by id, each describing the fields `hintFor` points at it */
	hints?: Record<string, string>;
	/** a line under the buttons, about what applying does to this scenario */
	note?: (scenario: S) => string;
	/** the presets' names, in the order of `presets` */
	presets: string[];
}

export interface ScenarioForm<S> {
	text: Record<Lang, ScenarioFormText<S>>;
	/** field → the id of the hint that describes it */
	hintFor?: Record<string, string>;
	presets: S[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each flow has its own scenario, action and step types
export interface FlowUi<S extends object = any, A = any, St extends Step = any> {
	/** its id and scenario fields; the simulation itself runs in the build worker */
	flow: FlowModel<S>;
	narration: NarrationLoaders;
	badge: (step: St, lang: Lang) => NarrationBadge | null;
	/** the chapter of the timeline the step belongs to: steps in a row with one key are one chapter */
	chapter: (step: St, lang: Lang, scenario: S) => Chapter;
	/** the form's text and presets, loaded when the scenario disclosure is first opened */
	form: () => Promise<{ form: ScenarioForm<S> }>;
	/** the flow follows packets: each node's kernel (netfilter, conntrack) is drawn, where they pass */
	kernel?: boolean;
	whatIfs?: WhatIfs<S, A, St>;
	/** in display order */
	tabs: TabSpec[];
	/** the tab that tells most about a step, opened unless the person picked another */
	suggestTab: (step: St) => string;
	/** the object the etcd tab shows at step `index` (its writes visible once `applied`) */
	etcdKey: (timeline: Timeline<St>, index: number, applied: boolean) => string;
	/** what the built timeline could not do as asked (shown like a bad URL value), with what it did instead */
	problems?: (timeline: Timeline<St>, scenario: S) => (InputProblem & { fallback?: string })[];
	/** predict, then reveal: the steps the player stops before to ask the room (loaded on use) */
	checkpoints?: () => Promise<{ checkpoints: Checkpoint<St>[] }>;
	/** the presenter's notes, loaded by the presenter view alone */
	notes: () => Promise<{ notes: PresenterNotes }>;
	/** which of the notes goes with a step (a chapter, a what-if's kind) */
	noteKey: (step: St, scenario: S) => string;
}

/** What a presenter says at a step besides the narration: a question for the group, and a trap. */
export interface PresenterNote {
	/** what to ask the group before the step plays */
	ask: string;
	/** the mistake CKA candidates make here */
	pitfall: string;
}

export type PresenterNotes = Record<Lang, Record<string, PresenterNote>>;
