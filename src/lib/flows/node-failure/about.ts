/** What the gallery says of the node-failure flow, in English and Korean (loaded with the gallery alone: a flow's page carries only its title, from the registry). */
import type { About } from '../gallery';

export const about: Record<'en' | 'ko', About> = {
	en: {
		cka: 'Troubleshooting; Cluster Architecture; Workloads & Scheduling',
		teaches: [
			'How the control plane notices a dead node: Leases, the monitor period and the 50-second grace period',
			'What the NotReady conditions, the unreachable taints and the 300-second tolerations do, second by second',
			'Why replacement pods come up elsewhere after about six minutes while the old ones stay Terminating'
		],
		summary:
			'Leases renew → a node stops → grace period → conditions Unknown, pods not ready, endpoints drop them → unreachable taints → tolerations run out → eviction → the ReplicaSet replaces its pods on the other nodes; the old ones stay Terminating.'
	},
	ko: {
		cka: '트러블슈팅, 클러스터 아키텍처, 워크로드와 스케줄링',
		teaches: [
			'컨트롤 플레인이 죽은 노드를 알아채는 방법을 봅니다: Lease, 확인 주기, 50초 유예 기간',
			'NotReady 상태 조건, unreachable 테인트, 300초 톨러레이션이 초 단위로 하는 일을 봅니다',
			'대체 파드가 약 6분 뒤 다른 노드에서 뜨는데 옛 파드는 왜 Terminating으로 남는지 봅니다'
		],
		summary:
			'Lease 갱신 → 노드가 멈춤 → 유예 기간 → 상태 조건 Unknown, 파드 준비 안 됨, 엔드포인트에서 빠짐 → unreachable 테인트 → 톨러레이션 만료 → 축출 → ReplicaSet이 다른 노드에 파드를 다시 만듭니다. 옛 파드는 Terminating으로 남습니다.'
	}
};
