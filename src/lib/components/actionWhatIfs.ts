/**
 * What-ifs kept as a list on the scenario (`actions`, the link's `then=`), each step tagged with
 * the index of the what-if it plays: the shape both the Service and node-failure flows use.
 */
import type { Component } from 'svelte';
import type { Lang } from '$lib/i18n';
import type { ClusterState } from '$lib/sim/cluster';
import type { Step } from '$lib/flows/types';
import type { Chapter, WhatIfs } from './flowUi';

type Tagged = Step & { action?: number };

export function actionWhatIfs<S extends { actions: A[] }, A, St extends Tagged>(
	Bar: Component<{ scenario: S; state: ClusterState; onaction: (a: A) => void }>,
	labels: Record<Lang, (a: A) => string>,
	inPlace?: (a: A) => boolean
): WhatIfs<S, A, St> {
	return {
		Bar,
		add: (s, action) => ({ ...s, actions: [...s.actions, action] }),
		inPlace,
		firstStep: (timeline, index) => timeline.steps.findIndex((s) => s.action === index),
		count: (s) => s.actions.length,
		labels: (s, lang) => s.actions.map(labels[lang]),
		remove: (s, index) => ({ ...s, actions: s.actions.filter((_, i) => i !== index) })
	};
}

/**
 * A step's chapter: its part of the story (`stage`, named `stageLabel`), or, for a step a what-if
 * plays, a chapter of that what-if's own, labelled with what it does.
 */
export function whatIfChapter<A>(
	step: Tagged & { stage: string },
	actions: A[],
	stageLabel: string,
	label: (a: A) => string,
	whatIf: string
): Chapter {
	const action = step.action !== undefined ? actions[step.action] : undefined;
	if (action === undefined) return { key: step.stage, label: stageLabel, title: stageLabel };
	const text = label(action);
	return { key: `what-if-${step.action}`, label: text, title: `${whatIf}: ${text}` };
}

/** A step's presenter note: its what-if's kind when a what-if plays it, else its part of the story. */
export const whatIfNoteKey = <A extends { kind: string }>(
	step: Tagged & { stage: string },
	scenario: { actions: A[] }
): string =>
	step.action !== undefined ? (scenario.actions[step.action]?.kind ?? step.stage) : step.stage;
