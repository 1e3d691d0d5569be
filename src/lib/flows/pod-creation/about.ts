/** What the gallery says of the pod-creation flow, in English and Korean (loaded with the gallery). */
export const about = {
	en: {
		title: 'Pod creation',
		summary:
			'kubectl run → kube-apiserver → etcd → kube-scheduler → kubelet → container runtime → status back to etcd: the nine steps, with real filters, scores, etcd revisions and events.'
	},
	ko: {
		title: '파드 생성',
		summary:
			'kubectl run → kube-apiserver → etcd → kube-scheduler → kubelet → 컨테이너 런타임 → 상태가 다시 etcd로: 9단계를 실제 필터·점수·etcd 리비전·이벤트와 함께 봅니다.'
	}
};
