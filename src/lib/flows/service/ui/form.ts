/**
 * The Service scenario form's text and presets, in English and Korean: loaded with the form, the
 * first time its disclosure opens. Applying a scenario starts over: the what-ifs are not kept.
 */
import type { ScenarioForm } from '$lib/components/flowUi';
import { defaultServiceScenario as base, type ServiceScenario } from '../scenario';

export const form: ScenarioForm<ServiceScenario> = {
	text: {
		en: {
			labels: {
				nodes: 'Worker nodes',
				replicas: 'Replicas',
				port: 'Service port',
				targetPort: 'Target port',
				name: 'Service name',
				seed: 'Seed'
			},
			hints: {
				name: 'Also the Deployment’s name: lowercase letters, digits and “-”, starting with a letter (DNS-1035).',
				ports: 'port: what clients dial on the ClusterIP · targetPort: what the pods listen on.'
			},
			note: (s) =>
				s.actions.length > 0
					? `Applying starts the flow again and clears the ${s.actions.length} what-if${s.actions.length === 1 ? '' : 's'} you added.`
					: 'Applying starts the flow again and clears any what-ifs you add.',
			presets: ['Default', 'No endpoints (0 replicas)', 'One backend', '10 nodes, 10 replicas']
		},
		ko: {
			labels: {
				nodes: '워커 노드 수',
				replicas: '레플리카 수',
				port: 'Service 포트',
				targetPort: '대상 포트 (targetPort)',
				name: 'Service 이름',
				seed: '시드'
			},
			hints: {
				name: 'Deployment 이름으로도 씁니다. 소문자·숫자·“-”만 쓰고 영문자로 시작해야 합니다 (DNS-1035).',
				ports: 'port: 클라이언트가 ClusterIP로 접속하는 포트 · targetPort: 파드가 듣는 포트'
			},
			note: (s) =>
				s.actions.length > 0
					? `적용하면 흐름이 처음부터 다시 시작되고, 추가한 바꿔 보기 ${s.actions.length}개도 지워집니다.`
					: '적용하면 흐름이 처음부터 다시 시작되고, 바꿔 보기도 모두 지워집니다.',
			presets: ['기본', '엔드포인트 없음 (레플리카 0)', '백엔드 1개', '노드 10개, 레플리카 10개']
		}
	},
	hintFor: { name: 'name', port: 'ports', targetPort: 'ports' },
	presets: [
		base,
		{ ...base, replicas: 0 },
		{ ...base, replicas: 1 },
		{ ...base, nodes: 10, replicas: 10 }
	]
};
