/** The Service flow's page: its model, narration, form, narration badge, what-if bar and tabs. */
import { actionWhatIfs, whatIfChapter } from '$lib/components/actionWhatIfs';
import type { FlowUi } from '$lib/components/flowUi';
import { lastWritten } from '$lib/components/lastWritten';
import { terminalTab } from '$lib/components/terminalTab';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import { serviceKey } from '$lib/sim/serviceKeys';
import type { ServiceStep } from '../machine';
import {
	formatAction,
	SERVICE_MAX_NODES,
	serviceScenarioSpec,
	type ServiceAction,
	type ServiceScenario
} from '../scenario';
import type { ServiceTimeline } from '../timeline';
import ActionBar from './ActionBar.svelte';
import { chapters, whatIfLabels } from './chapters';

export const ui: FlowUi<ServiceScenario, ServiceAction, ServiceStep> = {
	flow: { id: 'service', scenario: serviceScenarioSpec },
	narration: {
		en: () => import('../narration/en').then((m) => m.serviceStepsEn),
		ko: () => import('../narration/ko').then((m) => m.serviceStepsKo)
	},
	// the part of the story the step belongs to
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
	// packets and kube-proxy's rules meet in the kernel, never in kube-proxy
	kernel: true,
	whatIfs: actionWhatIfs(ActionBar, whatIfLabels),
	tabs: [
		{
			id: 'iptables',
			label: (t) => t.panels.iptables,
			load: () => import('./IptablesPanel.svelte')
		},
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'sources', label: (t) => t.panels.sources, load: () => import('./SourcesPanel.svelte') },
		terminalTab
	],
	// the story is the rules: follow kube-proxy and the packet, and etcd for the writes
	suggestTab: (step) =>
		step.stage === 'kube-proxy' || step.stage === 'packet' ? 'iptables' : 'etcd',
	// many objects are written: show the one written last (Service, EndpointSlice, a pod …)
	etcdKey: (timeline, index, applied) =>
		lastWritten(timeline, index, applied, () => {
			const [namespace, name] = timeline.subject.split('/');
			return serviceKey(namespace, name);
		}),
	checkpoints: () => import('../checkpoints'),
	notes: () => import('./notes'),
	// a packet sent as a what-if is the data path again
	noteKey: (step, scenario) => {
		const kind = step.action !== undefined ? scenario.actions[step.action]?.kind : undefined;
		return kind === 'packet' ? 'packet' : (kind ?? step.stage);
	},
	problems: (timeline, scenario) =>
		(timeline as ServiceTimeline).skipped.map((s) => ({
			field: 'then',
			value: formatAction(scenario.actions[s.index]),
			reason: s.reason,
			max: SERVICE_MAX_NODES
		}))
};
