/** The node-failure flow's page: its model, narration, form, narration badge and tabs. */
import type { FlowUi } from '$lib/components/flowUi';
import EtcdTab from '$lib/panels/EtcdTab.svelte';
import type { NodeFailureStep } from '../machine';
import { failProblems, nodeFailureScenarioSpec, type NodeFailureScenario } from '../scenario';
import { chapters } from './chapters';

export const ui: FlowUi<NodeFailureScenario, unknown, NodeFailureStep> = {
	flow: { id: 'node-failure', scenario: nodeFailureScenarioSpec },
	narration: {
		en: () => import('../narration/en').then((m) => m.nodeFailureStepsEn),
		ko: () => import('../narration/ko').then((m) => m.nodeFailureStepsKo)
	},
	badge: (step, lang) => ({ stage: step.stage, text: chapters[lang][step.stage] }),
	chapter: (step, lang) => ({
		key: step.stage,
		label: chapters[lang][step.stage],
		title: chapters[lang][step.stage]
	}),
	form: () => import('./form'),
	tabs: [
		{ id: 'etcd', label: (t) => t.panels.etcd, Panel: EtcdTab },
		{ id: 'cluster', label: (t) => t.panels.cluster, load: () => import('./ClusterPanel.svelte') }
	],
	// what kubectl sees once the node's state changes; etcd for the heartbeats' writes
	suggestTab: (step) => (step.stage === 'heartbeats' ? 'etcd' : 'cluster'),
	// the object written last: a Lease, the Node, a pod, the EndpointSlice
	etcdKey: (timeline, index, applied) => {
		const last = timeline.steps.slice(0, index + (applied ? 1 : 0)).findLast((s) => s.wrote.length)
			?.wrote[0];
		return last ?? `/registry/leases/kube-node-lease/${timeline.steps[0]?.snapshot.nodes[0]?.name}`;
	},
	notes: () => import('./notes'),
	noteKey: (step) => step.stage,
	// a node the cluster does not have: another one fails, and the list says which
	problems: (_timeline, scenario) => failProblems(scenario)
};
