/**
 * The kubectl-get scenario form's text and presets, in English and Korean: loaded with the form,
 * the first time its disclosure opens.
 */
import type { ScenarioForm } from '$lib/components/flowUi';
import { defaultKubectlGetScenario as base, type KubectlGetScenario } from '../scenario';

export const form: ScenarioForm<KubectlGetScenario> = {
	text: {
		en: {
			labels: { nodes: 'Worker nodes', replicas: 'web replicas', seed: 'Seed' },
			hints: {
				replicas: 'The namespace also holds the client pod; the story scales web by one more.'
			},
			note: () => 'Applying starts the flow again.',
			presets: ['Default', 'Every what-if', 'An empty web (client alone)', 'Fifty pods in pages']
		},
		ko: {
			labels: { nodes: '워커 노드 수', replicas: 'web 레플리카 수', seed: '시드' },
			hints: {
				replicas: '네임스페이스에는 client 파드도 있습니다. 이야기 중에 web을 하나 더 늘립니다.'
			},
			note: () => '적용하면 흐름이 처음부터 다시 시작됩니다.',
			presets: ['기본', '모든 바꿔 보기', '빈 web(client만)', '페이지로 받는 파드 50개']
		}
	},
	hintFor: { replicas: 'replicas' },
	presets: [
		base,
		{ ...base, actions: [{ kind: 'watch-only' }, { kind: 'rv0' }, { kind: 'pages', size: 2 }] },
		{ ...base, replicas: 0 },
		{ ...base, nodes: 5, replicas: 49, actions: [{ kind: 'pages', size: 20 }] }
	]
};
