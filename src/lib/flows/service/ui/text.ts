/**
 * Text of the Service flow's what-if bar, in English and Korean (the form's is in form.ts, which
 * loads with the form; the iptables panel's in iptablesText.ts). `ko` has the shape of `en`.
 */

type P = Record<string, string | number>;

const en = {
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
