/** The pod-creation flow's page: its flow, narration, form and tabs. */
import { podCreationFlow } from '$lib/flows/podCreation/definition';
import type { PodScenario } from '$lib/flows/scenario';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import { podKey } from '$lib/sim/podCodec';
import type { FlowUi } from '../flowUi';

export const ui: FlowUi<PodScenario> = {
	flow: podCreationFlow,
	narration: {
		en: () => import('$lib/i18n/podSteps').then((m) => m.podStepsEn),
		ko: () => import('$lib/i18n/podStepsKo').then((m) => m.podStepsKo)
	},
	Form: () => import('../ScenarioForm.svelte'),
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'pod', label: (t) => t.panels.pod, load: () => import('$lib/panels/PodTab.svelte') },
		{
			id: 'scheduler',
			label: (t) => t.panels.scheduler,
			load: () => import('$lib/panels/SchedulerTab.svelte')
		}
	],
	// the scheduling steps show the scores, the kubelet's steps (course step 6 on) the pod
	suggestTab: (step) => (step.schedule ? 'scheduler' : (step.nine ?? 0) >= 6 ? 'pod' : 'etcd'),
	etcdKey: (timeline) => {
		const [namespace, name] = timeline.subject.split('/');
		return podKey(namespace, name);
	}
};
