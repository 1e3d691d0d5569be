/**
 * Text of the Service flow's form and what-if bar, in English and Korean (the iptables panel's is in iptables.ts).
 * Kept apart from en.ts/ko.ts while the flow is built; `ko` must have the same shape as `en`.
 */

type P = Record<string, string | number>;

const en = {
	form: {
		nodes: 'Worker nodes',
		replicas: 'Replicas',
		port: 'Service port',
		targetPort: 'Target port',
		name: 'Service name',
		seed: 'Seed',
		hintName:
			'Also the Deployment’s name: lowercase letters, digits and “-”, starting with a letter (DNS-1035).',
		hintPorts: 'port: what clients dial on the ClusterIP · targetPort: what the pods listen on.',
		clears: (p: P) =>
			Number(p.n) > 0
				? `Applying starts the flow again and clears the ${p.n} what-if${p.n === 1 ? '' : 's'} you added.`
				: 'Applying starts the flow again and clears any what-ifs you add.',
		apply: 'Apply scenario',
		presets: 'Try',
		presetDefault: 'Default',
		presetNoEndpoints: 'No endpoints (0 replicas)',
		presetOneBackend: 'One backend',
		presetLarge: '10 nodes, 10 replicas'
	},
	actions: {
		group: 'What if…',
		scaleTo: 'Scale to',
		scale: 'Scale',
		badScale: (p: P) => `Enter a whole number of replicas from 0 to ${p.max}.`,
		sameScale: (p: P) => `The Deployment already has ${p.n} replicas: nothing would change.`,
		pod: 'Pod to delete',
		delete: 'Delete pod',
		none: 'none',
		noPods: 'No backend pod to delete.',
		addNode: 'Add a node',
		nodesFull: (p: P) => `The cluster already has ${p.max} nodes, the most this app simulates.`,
		packet: 'Send a packet',
		used: (p: P) => `${p.n} of ${p.max} what-ifs used`,
		full: (p: P) =>
			`That is the most: ${p.max} what-ifs per run. Apply the scenario again to start over.`
	}
};

export type ServiceUi = typeof en;

const ko: ServiceUi = {
	form: {
		nodes: '워커 노드 수',
		replicas: '레플리카 수',
		port: 'Service 포트',
		targetPort: '대상 포트 (targetPort)',
		name: 'Service 이름',
		seed: '시드',
		hintName:
			'Deployment 이름으로도 씁니다. 소문자·숫자·“-”만 쓰고 영문자로 시작해야 합니다 (DNS-1035).',
		hintPorts: 'port: 클라이언트가 ClusterIP로 접속하는 포트 · targetPort: 파드가 듣는 포트',
		clears: (p: P) =>
			Number(p.n) > 0
				? `적용하면 흐름이 처음부터 다시 시작되고, 추가한 바꿔 보기 ${p.n}개도 지워집니다.`
				: '적용하면 흐름이 처음부터 다시 시작되고, 바꿔 보기도 모두 지워집니다.',
		apply: '시나리오 적용',
		presets: '예시',
		presetDefault: '기본',
		presetNoEndpoints: '엔드포인트 없음 (레플리카 0)',
		presetOneBackend: '백엔드 1개',
		presetLarge: '노드 10개, 레플리카 10개'
	},
	actions: {
		group: '바꿔 보기',
		scaleTo: '바꿀 레플리카 수',
		scale: '스케일 조정',
		badScale: (p: P) => `레플리카 수는 0부터 ${p.max}까지의 정수로 입력하세요.`,
		sameScale: (p: P) => `Deployment의 레플리카가 이미 ${p.n}개라 바뀌는 것이 없습니다.`,
		pod: '삭제할 파드',
		delete: '파드 삭제',
		none: '없음',
		noPods: '삭제할 백엔드 파드가 없습니다.',
		addNode: '노드 추가',
		nodesFull: (p: P) => `노드가 이미 ${p.max}개입니다. 이 앱에서 만들 수 있는 최대치입니다.`,
		packet: '패킷 보내기',
		used: (p: P) => `바꿔 보기 ${p.max}개 중 ${p.n}개 사용`,
		full: (p: P) =>
			`한 번에 ${p.max}개까지만 바꿔 볼 수 있습니다. 처음부터 다시 하려면 시나리오를 다시 적용하세요.`
	}
};

export const serviceUi: { en: ServiceUi; ko: ServiceUi } = { en, ko };
