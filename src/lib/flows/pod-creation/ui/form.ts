/**
 * The pod-creation scenario form's text and presets, in English and Korean: loaded with the form,
 * the first time its disclosure opens. The fields themselves are the scenario's (scenario.ts).
 */
import type { ScenarioForm } from '$lib/components/flowUi';
import { defaultPodScenario, type PodScenario } from '../scenario';

export const form: ScenarioForm<PodScenario> = {
	text: {
		en: {
			labels: {
				nodes: 'Worker nodes',
				name: 'Pod name',
				image: 'Image',
				cpu: 'CPU request',
				memory: 'Memory request',
				seed: 'Seed'
			},
			hints: {
				cpu: 'CPU request: e.g. 250m or 2; empty = no request',
				memory: 'Memory request: e.g. 128Mi or 1Gi; empty = no request'
			},
			presets: ['Default', 'FailedScheduling', 'ImagePullBackOff', '10 nodes']
		},
		ko: {
			labels: {
				nodes: '워커 노드 수',
				name: '파드 이름',
				image: '이미지',
				cpu: 'CPU 요청량',
				memory: '메모리 요청량',
				seed: '시드'
			},
			hints: {
				cpu: 'CPU 요청량: 예: 250m 또는 2, 비우면 요청 없음',
				memory: '메모리 요청량: 예: 128Mi 또는 1Gi, 비우면 요청 없음'
			},
			presets: ['기본', 'FailedScheduling', 'ImagePullBackOff', '노드 10개']
		}
	},
	hintFor: { cpu: 'cpu', memory: 'memory' },
	presets: [
		defaultPodScenario,
		{ ...defaultPodScenario, cpu: 8000 },
		{ ...defaultPodScenario, image: 'nginx:9.9' },
		{ ...defaultPodScenario, nodes: 10, cpu: 500, memory: 256 * 1024 * 1024 }
	]
};
