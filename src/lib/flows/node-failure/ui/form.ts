/**
 * The node-failure scenario form's text and presets, in English and Korean: loaded with the form,
 * the first time its disclosure opens.
 */
import type { ScenarioForm } from '$lib/components/flowUi';
import { defaultNodeFailureScenario as base, type NodeFailureScenario } from '../scenario';

export const form: ScenarioForm<NodeFailureScenario> = {
	text: {
		en: {
			labels: {
				nodes: 'Worker nodes',
				replicas: 'Replicas of web',
				fail: 'Node that fails',
				seed: 'Seed'
			},
			hints: {
				fail: 'node-1 to node-N: the node whose kubelet stops. Replicas are spread from node-1 on; the client pod sits on the last node.'
			},
			note: () => 'Applying starts the flow again.',
			presets: [
				'Default',
				'The client’s node fails',
				'One node (master disruption mode)',
				'10 nodes, 10 replicas'
			]
		},
		ko: {
			labels: {
				nodes: '워커 노드 수',
				replicas: 'web의 레플리카 수',
				fail: '멈출 노드',
				seed: '시드'
			},
			hints: {
				fail: 'node-1부터 node-N까지: kubelet이 멈출 노드입니다. 레플리카는 node-1부터 차례로 놓이고, client 파드는 마지막 노드에 있습니다.'
			},
			note: () => '적용하면 흐름이 처음부터 다시 시작됩니다.',
			presets: [
				'기본',
				'client 파드의 노드가 멈춤',
				'노드 1개 (마스터 중단 모드)',
				'노드 10개, 레플리카 10개'
			]
		}
	},
	hintFor: { fail: 'fail' },
	presets: [
		base,
		{ ...base, fail: 'node-3' },
		{ ...base, nodes: 1, replicas: 1, fail: 'node-1' },
		{ ...base, nodes: 10, replicas: 10 }
	]
};
