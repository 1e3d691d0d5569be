/** The pod-creation flow's page: its model, narration, form, narration badge and tabs. */
import type { FlowUi } from '$lib/components/flowUi';
import { terminalTab } from '$lib/components/terminalTab';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import { podKey } from '$lib/sim/podCodec';
import { chapters } from './chapters';
import type { PodStep } from '../machine';
import { podProblems, podScenarioSpec, type PodScenario } from '../scenario';
import { taintProblems } from '../taints';

const nines = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const CIRCLED = ['', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

export const ui: FlowUi<PodScenario, unknown, PodStep> = {
	flow: { id: 'pod-creation', scenario: podScenarioSpec, manifest: true },
	narration: {
		en: () => import('../narration/en').then((m) => m.podStepsEn),
		ko: () => import('../narration/ko').then((m) => m.podStepsKo)
	},
	// which of the course's nine steps this one belongs to
	badge: (step, lang) => {
		const n = nines.find((k) => k === step.nine);
		const c = chapters[lang];
		return n ? { number: n, label: c.label, text: c.steps[n] } : null;
	},
	// the course's nine steps are the timeline's chapters, numbered as the course numbers them
	chapter: (step, lang) => ({
		key: String(step.nine),
		label: CIRCLED[step.nine] ?? String(step.nine),
		title: chapters[lang].steps[step.nine as 1] ?? ''
	}),
	form: () => import('./form'),
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'pod', label: (t) => t.panels.pod, load: () => import('./PodTab.svelte') },
		{
			id: 'scheduler',
			label: (t) => t.panels.scheduler,
			load: () => import('./SchedulerTab.svelte')
		},
		{ id: 'sources', label: (t) => t.panels.sources, load: () => import('./SourcesPanel.svelte') },
		{ id: 'yaml', label: (t) => t.panels.yaml, load: () => import('./PodYamlTab.svelte') },
		terminalTab
	],
	// the scheduling steps show the scores, the kubelet's steps (course step 6 on) the pod
	suggestTab: (step) => (step.schedule ? 'scheduler' : step.nine >= 6 ? 'pod' : 'etcd'),
	etcdKey: (timeline) => {
		const [namespace, name] = timeline.subject.split('/');
		return podKey(namespace, name);
	},
	checkpoints: () => import('../checkpoints'),
	notes: () => import('./notes'),
	noteKey: (step) => String(step.nine),
	problems: (_timeline, scenario) => [...podProblems(scenario), ...taintProblems(scenario)]
};
