/**
 * The scale-out scenario form's text and presets, in English and Korean: loaded with the form,
 * the first time its disclosure opens.
 */
import type { ScenarioForm } from '$lib/components/flowUi';
import { defaultScaleOutScenario as base, type ScaleOutScenario } from '../scenario';

export const form: ScenarioForm<ScaleOutScenario> = {
	text: {
		en: {
			labels: {
				nodes: 'Worker nodes',
				cpu: 'CPU request per pod',
				from: 'Replicas before',
				to: 'Replicas after scaling out',
				seed: 'Seed'
			},
			hints: {
				cpu: 'e.g. 1000m or 1: nodes offer 4, 2, 4 … CPUs in turn. Empty: no request, so every pod fits.'
			},
			note: () => 'Applying starts the flow again.',
			presets: [
				'Default',
				'No CPU request (everything fits)',
				'Pods larger than the new node',
				'Scale one replica to four, one node'
			]
		},
		ko: {
			labels: {
				nodes: '워커 노드 수',
				cpu: '파드마다 요청하는 CPU',
				from: '처음 레플리카 수',
				to: '늘릴 레플리카 수',
				seed: '시드'
			},
			hints: {
				cpu: '예: 1000m 또는 1. 노드는 차례로 CPU 4, 2, 4 …개를 제공합니다. 비워 두면 요청이 없어 모든 파드가 들어갑니다.'
			},
			note: () => '적용하면 흐름이 처음부터 다시 시작됩니다.',
			presets: [
				'기본',
				'CPU 요청 없음(모두 들어감)',
				'새 노드보다 큰 파드',
				'노드 1개에서 레플리카 1개를 4개로'
			]
		}
	},
	hintFor: { cpu: 'cpu' },
	presets: [
		base,
		{ ...base, cpu: null },
		{ ...base, nodes: 1, cpu: 3000, from: 0, to: 3 },
		{ ...base, nodes: 1, from: 1, to: 4 }
	]
};
