/** The pod-creation flow's page: its flow, narration, form and tabs. */
import { podCreationFlow } from '$lib/flows/podCreation/definition';
import type { PodScenario } from '$lib/flows/scenario';
import { podStepsEn, podStepsKo } from '$lib/i18n/podSteps';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import PodTab from '$lib/panels/PodTab.svelte';
import SchedulerTab from '$lib/panels/SchedulerTab.svelte';
import { podKey } from '$lib/sim/podCodec';
import type { FlowUi } from '../flowUi';
import ScenarioForm from '../ScenarioForm.svelte';

export const ui: FlowUi<PodScenario> = {
	flow: podCreationFlow,
	narration: { en: podStepsEn, ko: podStepsKo },
	Form: ScenarioForm,
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'pod', label: (t) => t.panels.pod, Panel: PodTab },
		{ id: 'scheduler', label: (t) => t.panels.scheduler, Panel: SchedulerTab }
	],
	// the scheduling steps show the scores, the kubelet's steps (course step 6 on) the pod
	suggestTab: (step) => (step.schedule ? 'scheduler' : (step.nine ?? 0) >= 6 ? 'pod' : 'etcd'),
	etcdKey: (timeline) => {
		const [namespace, name] = timeline.subject.split('/');
		return podKey(namespace, name);
	}
};
