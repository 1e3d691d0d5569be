/** The Service flow's page: its flow, narration, form, what-if bar and tabs. */
import { serviceFlow } from '$lib/flows/service/definition';
import type { ServiceAction, ServiceScenario } from '$lib/flows/service/scenario';
import { formatAction, SERVICE_MAX_NODES } from '$lib/flows/service/scenario';
import type { ServiceTimeline } from '$lib/flows/service/timeline';
import { serviceStepsEn, serviceStepsKo } from '$lib/i18n/serviceSteps';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import IptablesPanel from '$lib/panels/IptablesPanel.svelte';
import { serviceKey } from '$lib/sim/services';
import ActionBar from '../ActionBar.svelte';
import type { FlowUi } from '../flowUi';
import ServiceForm from '../ServiceForm.svelte';

export const ui: FlowUi<ServiceScenario, ServiceAction> = {
	flow: serviceFlow,
	narration: { en: serviceStepsEn, ko: serviceStepsKo },
	Form: ServiceForm,
	whatIfs: {
		Bar: ActionBar,
		add: (s, action) => ({ ...s, actions: [...s.actions, action] })
	},
	tabs: [
		{ id: 'iptables', label: (t) => t.panels.iptables, Panel: IptablesPanel },
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
