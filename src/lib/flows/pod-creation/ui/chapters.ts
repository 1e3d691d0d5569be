/** The course's nine steps of pod creation, as the narration's badge and the timeline's chapters name them. */
import type { Lang } from '$lib/i18n';

interface Chapters {
	/** the badge's word for the course's steps: a chapter name, never a second count beside `Step N of M` */
	label: string;
	steps: Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, string>;
}

export const chapters: Record<Lang, Chapters> = {
	en: {
		label: 'In the course',
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
		label: '강의 흐름',
		steps: {
			1: 'kube-apiserver가 요청을 인증하고 유효성을 검사합니다',
			2: 'kube-apiserver가 새 파드를 etcd에 저장합니다',
			3: 'kube-apiserver를 watch 하던 kube-scheduler가 새 파드를 발견합니다',
			4: 'kube-scheduler가 노드를 골라 kube-apiserver에 알립니다',
			5: 'kube-apiserver가 바인딩을 etcd에 기록합니다',
			6: 'kube-apiserver가 그 노드의 kubelet에 파드를 전달합니다',
			7: 'kubelet이 파드를 받아들입니다',
			8: 'kubelet이 컨테이너 런타임에 이미지를 내려받아 실행하도록 요청합니다',
			9: 'kubelet이 상태를 보고하고 kube-apiserver가 etcd에 저장합니다'
		}
	}
};
