/** What the gallery says of the scale-out flow, in English and Korean (loaded with the gallery alone). */
import type { About } from '../gallery';

export const about: Record<'en' | 'ko', About> = {
	en: {
		cka: 'Workloads & Scheduling; Cluster Architecture (kubeadm join)',
		teaches: [
			'What kubectl scale really changes, and how the Deployment and ReplicaSet controllers turn it into pods, in slow-start batches',
			'Why pods stay Pending with FailedScheduling when the nodes are full, and what moves them again when a node joins',
			'Which pods a scale-down removes first, and why'
		],
		summary:
			'kubectl scale → the Deployment scales its ReplicaSet → pods created in batches → the scheduler binds what fits, the rest Pending → a node joins (Node, pod CIDR, kube-proxy, Ready) → the waiting pods bind to it → scale back down.'
	},
	ko: {
		cka: '워크로드와 스케줄링, 클러스터 아키텍처(kubeadm join)',
		teaches: [
			'kubectl scale이 실제로 바꾸는 것과, Deployment·ReplicaSet 컨트롤러가 이를 슬로 스타트 배치의 파드로 만드는 과정을 봅니다',
			'노드가 가득 차면 파드가 왜 FailedScheduling과 함께 Pending으로 남고, 노드가 합류하면 무엇이 파드를 다시 움직이는지 봅니다',
			'스케일 다운이 어떤 파드를 먼저 지우는지, 그 까닭을 봅니다'
		],
		summary:
			'kubectl scale → Deployment가 ReplicaSet을 조정 → 배치로 파드 생성 → 스케줄러가 들어갈 파드만 바인딩, 나머지는 Pending → 노드 합류(Node, 파드 CIDR, kube-proxy, Ready) → 기다리던 파드가 새 노드에 바인딩 → 다시 스케일 다운합니다.'
	}
};
