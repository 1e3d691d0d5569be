/** The scheduler panel's words, in English and Korean: they load with its tab, not with the page. */
import type { Lang } from '$lib/i18n';

const en = {
	scores: 'Score',
	passed: 'passed',
	raw: 'raw',
	normalized: 'normalized',
	weight: 'weight',
	weighted: 'weighted',
	total: 'Total',
	winner: (node: string) => `Winner: ${node}`,
	tie: (nodes: string) =>
		`Tied at the top: ${nodes} — picked with the scenario's seeded random choice.`,
	noWinner: 'No feasible node.',
	onlyOne: 'Only one node passed the filters, so the scheduler takes it without scoring.',
	notYet: 'The scheduler has not run yet.',
	pinned: (node: string) =>
		`No scheduling cycle: the pod names its node (spec.nodeName: ${node}), so kube-scheduler never queues it.`,
	imageNamesWhy: 'Why does ImageLocality score 0?',
	imageNames: (image: string, canonical: string) =>
		`ImageLocality compares the image name as the pod writes it (${image}) with the names the node reports (${canonical}). A short name never matches, so it scores 0 everywhere — a known upstream limitation.`,
	filterFailed: 'failed',
	spreadSkipped:
		'skipped: no Service or controller (ReplicaSet, StatefulSet, ReplicationController) selects this pod',
	balancedSkipped:
		'skipped: the pod requests no CPU or memory (BestEffort), so there is no balance to compare'
};

export const schedulerText: Record<Lang, typeof en> = {
	en,
	ko: {
		scores: '점수',
		passed: '통과',
		raw: '원점수',
		normalized: '정규화',
		weight: '가중치',
		weighted: '가중 점수',
		total: '합계',
		winner: (node) => `선택: ${node}`,
		tie: (nodes) => `최고점 동점: ${nodes} — 시나리오 시드의 난수로 골랐습니다.`,
		noWinner: '조건을 만족하는 노드가 없습니다.',
		onlyOne: '필터를 통과한 노드가 하나뿐이라 점수 없이 그 노드를 고릅니다.',
		notYet: 'kube-scheduler가 아직 실행되지 않았습니다.',
		pinned: (node) =>
			`스케줄링 사이클이 없습니다. 파드가 노드를 직접 정했으므로(spec.nodeName: ${node}) kube-scheduler는 큐에 넣지 않습니다.`,
		imageNamesWhy: 'ImageLocality가 왜 0점인가요?',
		imageNames: (image, canonical) =>
			`ImageLocality는 파드에 적힌 이미지 이름(${image})을 노드가 보고하는 이름(${canonical})과 그대로 비교합니다. 짧은 이름은 일치하지 않으므로 모든 노드에서 0점입니다. 업스트림에 알려진 한계입니다.`,
		filterFailed: '실패',
		spreadSkipped:
			'건너뜀: 이 파드를 고르는 Service나 컨트롤러(ReplicaSet, StatefulSet, ReplicationController)가 없음',
		balancedSkipped: '건너뜀: 파드가 CPU도 메모리도 요청하지 않아(BestEffort) 비교할 균형이 없음'
	}
};
