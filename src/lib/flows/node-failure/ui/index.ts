/** The node-failure flow's page: its model, narration, form, narration badge, what-if bar and tabs. */
import { actionWhatIfs, whatIfChapter, whatIfNoteKey } from '$lib/components/actionWhatIfs';
import type { FlowUi } from '$lib/components/flowUi';
import { lastWritten } from '$lib/components/lastWritten';
import { terminalTab } from '$lib/components/terminalTab';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import type { NodeFailureStep } from '../machine';
import {
	failProblems,
	isEnding,
	nodeFailureScenarioSpec,
	type NodeFailureAction,
	type NodeFailureScenario
} from '../scenario';
import { chapters } from './chapters';
import { whatIfLabels } from './text';
import WhatIfBar from './WhatIfBar.svelte';

const whatIfTitle = { en: 'What if', ko: '바꿔 보기' };

export const ui: FlowUi<NodeFailureScenario, NodeFailureAction, NodeFailureStep> = {
	flow: { id: 'node-failure', scenario: nodeFailureScenarioSpec },
	narration: {
		en: () => import('../narration/en').then((m) => m.nodeFailureStepsEn),
		ko: () => import('../narration/ko').then((m) => m.nodeFailureStepsKo)
	},
	badge: (step, lang) => ({ stage: step.stage, text: chapters[lang][step.stage] }),
	// the parts of the story, and each what-if a chapter of its own, labelled with what it does
	chapter: (step, lang, scenario) =>
		whatIfChapter(
			step,
			scenario.actions,
			chapters[lang][step.stage],
			whatIfLabels[lang],
			whatIfTitle[lang]
		),
	form: () => import('./form'),
	// the twists change the cluster the story starts with; the endings play after it
	whatIfs: actionWhatIfs(WhatIfBar, whatIfLabels, (action) => !isEnding(action)),
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{
			id: 'cluster',
			label: (t) => t.panels.cluster,
			load: () => import('$lib/panels/ClusterTab.svelte')
		},
		{ id: 'sources', label: (t) => t.panels.sources, load: () => import('./SourcesPanel.svelte') },
		terminalTab
	],
	// what kubectl sees once the node's state changes; etcd for the heartbeats' writes
	suggestTab: (step) => (step.stage === 'heartbeats' ? 'etcd' : 'cluster'),
	// the object written last: a Lease, the Node, a pod, the EndpointSlice
	etcdKey: (timeline, index, applied) =>
		lastWritten(
			timeline,
			index,
			applied,
			() => `/registry/leases/kube-node-lease/${timeline.steps[0]?.snapshot.nodes[0]?.name}`
		),
	notes: () => import('./notes'),
	// a what-if's steps go with its own note
	noteKey: whatIfNoteKey,
	// a node the cluster does not have: another one fails, and the list says which
	problems: (_timeline, scenario) => failProblems(scenario)
};
