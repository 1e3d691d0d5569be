/** The scale-out flow's page: its model, narration, form, narration badge and tabs. */
import type { FlowUi } from '$lib/components/flowUi';
import { lastWritten } from '$lib/components/lastWritten';
import { terminalTab } from '$lib/components/terminalTab';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import type { ScaleOutStep } from '../machine';
import { scaleOutScenarioSpec, scaleProblems, type ScaleOutScenario } from '../scenario';
import { chapters } from './chapters';

export const ui: FlowUi<ScaleOutScenario, unknown, ScaleOutStep> = {
	flow: { id: 'scale-out', scenario: scaleOutScenarioSpec },
	narration: {
		en: () => import('../narration/en').then((m) => m.scaleOutStepsEn),
		ko: () => import('../narration/ko').then((m) => m.scaleOutStepsKo)
	},
	badge: (step, lang) => ({ stage: step.stage, text: chapters[lang][step.stage] }),
	chapter: (step, lang) => ({
		key: step.stage,
		label: chapters[lang][step.stage],
		title: chapters[lang][step.stage]
	}),
	form: () => import('./form'),
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
	// kubectl's view of nodes and pods is the story; etcd for the controllers' writes
	suggestTab: (step) => (step.stage === 'scale-up' ? 'etcd' : 'cluster'),
	// the object written last: the Deployment, the ReplicaSet, a pod, the Node
	etcdKey: (timeline, index, applied) =>
		lastWritten(timeline, index, applied, () => '/registry/deployments/default/web'),
	notes: () => import('./notes'),
	noteKey: (step) => step.stage,
	// `to` not above `from`: the flow scales to the default instead, and the list says so
	problems: (_timeline, scenario) => scaleProblems(scenario)
};
