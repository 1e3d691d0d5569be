/** The Service flow's page: its flow, narration, form, what-if bar and tabs. */
import { serviceFlow } from '$lib/flows/service/flow';
import type { ServiceAction, ServiceScenario } from '$lib/flows/service/scenario';
import { formatAction, SERVICE_MAX_NODES } from '$lib/flows/service/scenario';
import type { ServiceTimeline } from '$lib/flows/service/timeline';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import { serviceKey } from '$lib/sim/services';
import ActionBar from './ActionBar.svelte';
import type { FlowUi } from '$lib/components/flowUi';

export const ui: FlowUi<ServiceScenario, ServiceAction> = {
	flow: serviceFlow,
	narration: {
		en: () => import('$lib/flows/service/narration/en').then((m) => m.serviceStepsEn),
		ko: () => import('$lib/flows/service/narration/ko').then((m) => m.serviceStepsKo)
	},
	Form: () => import('./ServiceForm.svelte'),
	whatIfs: {
		Bar: ActionBar,
		add: (s, action) => ({ ...s, actions: [...s.actions, action] })
	},
	tabs: [
		{
			id: 'iptables',
			label: (t) => t.panels.iptables,
			load: () => import('$lib/flows/service/ui/IptablesPanel.svelte')
		},
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab }
	],
	// the story is the rules: follow kube-proxy and the packet, and etcd for the writes
	suggestTab: (step) =>
		step.stage === 'kube-proxy' || step.stage === 'packet' ? 'iptables' : 'etcd',
	// many objects are written: show the one written last (Service, EndpointSlice, a pod …)
	etcdKey: (timeline, index, applied) => {
		const [namespace, name] = timeline.subject.split('/');
		const last = timeline.steps.slice(0, index + (applied ? 1 : 0)).findLast((s) => s.wrote.length)
			?.wrote[0];
		return last ?? serviceKey(namespace, name);
	},
	problems: (timeline, scenario) =>
		(timeline as ServiceTimeline).skipped.map((s) => ({
			field: 'then',
			value: formatAction(scenario.actions[s.index]),
			reason: s.reason,
			max: SERVICE_MAX_NODES
		}))
};
