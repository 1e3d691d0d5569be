/** The pod-creation flow's page: its flow, narration, form and tabs. */
import { podCreationFlow } from '$lib/flows/pod-creation/flow';
import type { PodScenario } from '$lib/flows/pod-creation/scenario';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import { podKey } from '$lib/sim/podCodec';
import type { FlowUi } from '$lib/components/flowUi';

export const ui: FlowUi<PodScenario> = {
	flow: podCreationFlow,
	narration: {
		en: () => import('$lib/flows/pod-creation/narration/en').then((m) => m.podStepsEn),
		ko: () => import('$lib/flows/pod-creation/narration/ko').then((m) => m.podStepsKo)
	},
	Form: () => import('$lib/components/ScenarioForm.svelte'),
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{
			id: 'pod',
			label: (t) => t.panels.pod,
			load: () => import('$lib/flows/pod-creation/ui/PodTab.svelte')
		},
		{
			id: 'scheduler',
			label: (t) => t.panels.scheduler,
			load: () => import('$lib/flows/pod-creation/ui/SchedulerTab.svelte')
		}
	],
	// the scheduling steps show the scores, the kubelet's steps (course step 6 on) the pod
	suggestTab: (step) => (step.schedule ? 'scheduler' : (step.nine ?? 0) >= 6 ? 'pod' : 'etcd'),
	etcdKey: (timeline) => {
		const [namespace, name] = timeline.subject.split('/');
		return podKey(namespace, name);
	}
};
