/**
 * Text of the node-failure flow's what-if bar, in English and Korean (the form's is in form.ts).
 * `ko` has the shape of `en`.
 */
import type { Lang } from '$lib/i18n';
import { josa } from '$lib/i18n/josa';
import type { NodeFailureAction, NodeFailureEnding } from '../scenario';

type P = Record<string, string | number>;

const en = {
	group: 'What if…',
	ending: 'Then',
	endings: {
		recover: 'The node comes back',
		'delete-node': 'kubectl delete node',
		'out-of-service': 'Out-of-service taint'
	} satisfies Record<NodeFailureEnding, string>,
	hasEnding: (p: P) =>
		`This run already ends with “${p.ending}”: remove it from the list to pick another ending.`,
	before: 'Before it fails',
	statefulset: 'Add a StatefulSet pod (db-0)',
	hasStatefulSet: 'db-0 is in this run already.',
	tolerationLabel: 'web tolerates the taint for (s)',
	toleration: 'Set toleration',
	badToleration: (p: P) => `Enter a whole number of seconds from 0 to ${p.max}.`,
	hasToleration:
		'web’s toleration is set in this run already: remove it from the list to change it.'
};

export type NodeFailureUi = typeof en;

const ko: NodeFailureUi = {
	group: '바꿔 보기',
	ending: '그다음',
	endings: {
		recover: '노드가 돌아옴',
		'delete-node': 'kubectl delete node',
		'out-of-service': 'out-of-service 테인트'
	},
	hasEnding: (p: P) =>
		`이번 실행은 이미 ${josa(`“${p.ending}”`, '으로/로')} 끝납니다. 다른 결말을 고르려면 목록에서 지우세요.`,
	before: '멈추기 전에',
	statefulset: 'StatefulSet 파드(db-0) 추가',
	hasStatefulSet: '이번 실행에는 이미 db-0이 있습니다.',
	tolerationLabel: 'web이 테인트를 견디는 시간(초)',
	toleration: '톨러레이션 설정',
	badToleration: (p: P) => `0부터 ${p.max}까지의 정수로 초를 입력하세요.`,
	hasToleration:
		'이번 실행에는 이미 web의 톨러레이션이 정해져 있습니다. 바꾸려면 목록에서 지우세요.'
};

export const nodeFailureUi: Record<Lang, NodeFailureUi> = { en, ko };

/** One what-if, as the timeline labels its chapter. */
export const whatIfLabels: Record<Lang, (a: NodeFailureAction) => string> = {
	en: (a) =>
		a.kind === 'toleration'
			? `tolerates ${a.seconds} s`
			: a.kind === 'statefulset'
				? 'StatefulSet pod'
				: {
						recover: 'node returns',
						'delete-node': 'delete node',
						'out-of-service': 'out-of-service'
					}[a.kind],
	ko: (a) =>
		a.kind === 'toleration'
			? `${a.seconds}초 견딤`
			: a.kind === 'statefulset'
				? 'StatefulSet 파드'
				: { recover: '노드 복귀', 'delete-node': '노드 삭제', 'out-of-service': 'out-of-service' }[
						a.kind
					]
};
