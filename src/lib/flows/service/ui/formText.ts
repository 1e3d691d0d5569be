/**
 * Text of the Service flow's scenario form, in English and Korean: it loads with the form, the
 * first time its disclosure opens. `ko` has the shape of `en`.
 */

type P = Record<string, string | number>;

const en = {
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
};

export type ServiceFormUi = typeof en;

const ko: ServiceFormUi = {
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
};

export const serviceFormUi: { en: ServiceFormUi; ko: ServiceFormUi } = { en, ko };
