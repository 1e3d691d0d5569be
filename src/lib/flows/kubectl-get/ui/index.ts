/** The kubectl-get flow's page: its model, narration, form, narration badge, what-if bar and tabs. */
import { actionWhatIfs, whatIfChapter, whatIfNoteKey } from '$lib/components/actionWhatIfs';
import type { FlowUi } from '$lib/components/flowUi';
import { lastWritten } from '$lib/components/lastWritten';
import { terminalTab } from '$lib/components/terminalTab';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import type { KubectlGetStep } from '../machine';
import {
	kubectlGetScenarioSpec,
	readProblems,
	type KubectlGetAction,
	type KubectlGetScenario
} from '../scenario';
import { NAMESPACE } from '../reads';
import { namespacePods } from '../watchCache';
import { chapters } from './chapters';
import { whatIfLabels } from './text';
import WhatIfBar from './WhatIfBar.svelte';

export const ui: FlowUi<KubectlGetScenario, KubectlGetAction, KubectlGetStep> = {
	flow: { id: 'kubectl-get', scenario: kubectlGetScenarioSpec },
	narration: {
		en: () => import('../narration/en').then((m) => m.kubectlGetStepsEn),
		ko: () => import('../narration/ko').then((m) => m.kubectlGetStepsKo)
	},
	badge: (step, lang) => ({ stage: step.stage, text: chapters[lang][step.stage] }),
	// the parts of the story, and each what-if a chapter of its own, labelled with what it does
	chapter: (step, lang, scenario) =>
		whatIfChapter(
			step,
			scenario.actions,
			chapters[lang][step.stage],
			whatIfLabels[lang],
			chapters[lang]['what-if']
		),
	form: () => import('./form'),
	whatIfs: actionWhatIfs(WhatIfBar, whatIfLabels),
	tabs: [
		{
			id: 'cluster',
			label: (t) => t.panels.cluster,
			load: () => import('$lib/panels/ClusterTab.svelte')
		},
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'sources', label: (t) => t.panels.sources, load: () => import('./SourcesPanel.svelte') },
		terminalTab
	],
	// the list steps: etcd's newest pod, whose revision the list's resourceVersion is past;
	// then kubectl's view of the pods, and etcd where the heartbeats write
	suggestTab: (step) => (step.stage === 'list' || step.id === 'leasesRenewed' ? 'etcd' : 'cluster'),
	// the object written last, or before any write the pod written last
	etcdKey: (timeline, index, applied) =>
		lastWritten(
			timeline,
			index,
			applied,
			() =>
				namespacePods(timeline.initial, NAMESPACE).reduce((a, b) =>
					b.mod_revision > a.mod_revision ? b : a
				).key
		),
	notes: () => import('./notes'),
	// a what-if's steps go with its own note
	noteKey: whatIfNoteKey,
	// a what-if the link repeats is not played, and the list says so
	problems: (_timeline, scenario) => readProblems(scenario)
};
