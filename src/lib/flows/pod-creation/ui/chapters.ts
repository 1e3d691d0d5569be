/** The course's nine steps of pod creation, as the narration's badge names them. */
import type { Lang } from '$lib/i18n';

interface Chapters {
	label: (n: number) => string;
	steps: Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, string>;
}

export const chapters: Record<Lang, Chapters> = {
	en: {
		label: (n) => `Course step ${n} of 9`,
		steps: {
			1: 'kube-apiserver authenticates and validates the request',
			2: 'kube-apiserver stores the new pod in etcd',
			3: 'kube-scheduler, watching the apiserver, sees the new pod',
			4: 'kube-scheduler picks a node and tells the apiserver',
			5: 'kube-apiserver records the binding in etcd',
			6: 'kube-apiserver hands the pod to the kubelet on that node',
			7: 'The kubelet accepts the pod',
			8: 'The kubelet asks the container runtime to pull and run',
			9: 'The kubelet reports status; the apiserver stores it in etcd'
		}
	},
	ko: {
		label: (n) => `강의 9단계 중 ${n}단계`,
		steps: {
			1: 'kube-apiserver가 요청을 인증하고 검증한다',
			2: 'kube-apiserver가 새 파드를 etcd에 저장한다',
			3: 'apiserver를 지켜보던 kube-scheduler가 새 파드를 발견한다',
			4: 'kube-scheduler가 노드를 골라 apiserver에 알린다',
			5: 'kube-apiserver가 바인딩을 etcd에 기록한다',
			6: 'kube-apiserver가 그 노드의 kubelet에 파드를 전달한다',
			7: 'kubelet이 파드를 맡는다',
			8: 'kubelet이 컨테이너 런타임에 이미지 pull과 실행을 요청한다',
			9: 'kubelet이 상태를 보고하고 apiserver가 etcd에 저장한다'
		}
	}
};
