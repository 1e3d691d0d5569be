/** What the gallery says of the kubectl-get flow, in English and Korean (loaded with the gallery alone). */
import type { About } from '../gallery';

export const about: Record<'en' | 'ko', About> = {
	en: {
		cka: 'Cluster Architecture (the API server, etcd); Troubleshooting (kubectl get, -w)',
		teaches: [
			'What kubectl get pods sends, and why kube-apiserver answers from its watch cache, not from etcd',
			'What resourceVersion means in a list and a watch, and why kubectl get -w prints one pod several times',
			'How every controller reads the cluster: an informer’s list, then its watch'
		],
		summary:
			'kubectl get pods → discovery → GET …/pods?limit=500 → authentication, authorization → etcd’s revision, the cache catches up → a Table → then -w: a watch from the list’s resourceVersion, a row per event → an informer’s list and watch.'
	},
	ko: {
		cka: '클러스터 아키텍처(kube-apiserver, etcd), 트러블슈팅(kubectl get, -w)',
		teaches: [
			'kubectl get pods가 무엇을 보내는지, kube-apiserver가 왜 etcd가 아니라 watch 캐시에서 답하는지 봅니다',
			'목록과 watch에서 resourceVersion이 무엇을 뜻하는지, kubectl get -w가 파드 하나를 왜 여러 번 출력하는지 봅니다',
			'모든 컨트롤러가 클러스터를 읽는 방법, 인포머의 목록과 watch를 봅니다'
		],
		summary:
			'kubectl get pods → 디스커버리 → GET …/pods?limit=500 → 인증, 인가 → etcd의 리비전, 캐시가 따라잡기 → Table → 이어서 -w: 목록의 resourceVersion부터 watch, 이벤트마다 한 행 → 인포머의 목록과 watch입니다.'
	}
};
