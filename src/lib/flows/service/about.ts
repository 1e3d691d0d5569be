/** What the gallery says of the Service flow, in English and Korean (loaded with the gallery). */
export const about = {
	en: {
		title: 'Service and kube-proxy',
		summary:
			'kubectl expose → ClusterIP → EndpointSlice → every node’s kube-proxy writes iptables rules → a packet is DNATed to a pod, maybe on another node. With scale, delete-pod and add-node what-ifs.'
	},
	ko: {
		title: 'Service와 kube-proxy',
		summary:
			'kubectl expose → ClusterIP → EndpointSlice → 모든 노드의 kube-proxy가 iptables 규칙을 씀 → 패킷이 (다른 노드일 수도 있는) 파드로 DNAT 됩니다. 스케일, 파드 삭제, 노드 추가도 해 볼 수 있습니다.'
	}
};
