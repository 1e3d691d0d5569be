/** What the gallery says of the pod-creation flow, in English and Korean (loaded with the gallery alone: a flow's page carries only its title, from the registry). */
import type { About } from '../gallery';

export const about: Record<'en' | 'ko', About> = {
	en: {
		cka: 'Workloads & Scheduling; Cluster Architecture',
		teaches: [
			'What each control-plane component does when you run kubectl run, in the course’s nine steps',
			'How kube-scheduler filters and scores nodes, and why it picks the one it does',
			'What the kubelet and the container runtime do, and what lands in etcd at each step'
		],
		summary:
			'kubectl run → kube-apiserver → etcd → kube-scheduler → kubelet → container runtime → status back to etcd: the nine steps, with real filters, scores, etcd revisions and events.'
	},
	ko: {
		cka: '워크로드와 스케줄링, 클러스터 아키텍처',
		teaches: [
			'kubectl run을 실행하면 컨트롤 플레인의 각 컴포넌트가 하는 일을 강의의 아홉 단계로 봅니다',
			'kube-scheduler가 노드를 거르고 점수를 매겨 하나를 고르는 방법과 그 이유를 봅니다',
			'kubelet과 컨테이너 런타임이 하는 일, 그리고 단계마다 etcd에 무엇이 저장되는지 봅니다'
		],
		summary:
			'kubectl run → kube-apiserver → etcd → kube-scheduler → kubelet → 컨테이너 런타임 → 상태가 다시 etcd로: 아홉 단계를 실제 필터·점수·etcd 리비전·이벤트와 함께 봅니다.'
	}
};
