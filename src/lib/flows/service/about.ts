/** What the gallery says of the Service flow, in English and Korean (loaded with the gallery alone: a flow's page carries only its title, from the registry). */
import type { About } from '../gallery';

export const about: Record<'en' | 'ko', About> = {
	en: {
		cka: 'Services & Networking; Troubleshooting',
		teaches: [
			'Why a ClusterIP has no machine behind it, and where the address translation really happens',
			'How EndpointSlices and every node’s kube-proxy turn a Service into iptables rules',
			'What scaling, deleting a pod or adding a node changes, rule by rule'
		],
		summary:
			'kubectl expose → ClusterIP → EndpointSlice → every node’s kube-proxy writes iptables rules → a packet is DNATed to a pod, maybe on another node. With scale, delete-pod and add-node what-ifs.'
	},
	ko: {
		cka: '서비스와 네트워킹, 트러블슈팅',
		teaches: [
			'ClusterIP 뒤에는 왜 머신이 없는지, 주소 변환이 실제로 어디서 일어나는지 봅니다',
			'EndpointSlice와 모든 노드의 kube-proxy가 Service를 iptables 규칙으로 바꾸는 과정을 봅니다',
			'스케일, 파드 삭제, 노드 추가가 규칙을 하나하나 어떻게 바꾸는지 봅니다'
		],
		summary:
			'kubectl expose → ClusterIP → EndpointSlice → 모든 노드의 kube-proxy가 iptables 규칙을 씀 → 패킷이 (다른 노드일 수도 있는) 파드로 DNAT 됩니다. 스케일, 파드 삭제, 노드 추가도 해 볼 수 있습니다.'
	}
};
